namespace Graph.Cypher.Tck.Engine;

/// <summary>
/// The one place that names the real engine: <see cref="CypherEngineAdapter"/> over our Cypher engine on a scratch store.
/// Returning null instead makes the runner report every scenario that needs an engine as "not run: no engine" and count
/// it as failed.
/// </summary>
public static class EngineFactory
{
    /// <summary>The text shown in reports for scenarios that could not run.</summary>
    public const string MissingEngineReason = "not run: no engine (EngineFactory has no Cypher engine wired)";

    /// <summary>Creates fresh engines; the runner asks for a new one after a scenario times out.</summary>
    public static Func<ITckEngine>? TryGetFactory() => () => new CypherEngineAdapter();

    public static string EngineName => "graph-cypher-engine";
}
