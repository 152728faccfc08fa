namespace Graph.Cypher.Tck.Engine;

/// <summary>
/// The one place that names the real engine. Until the Cypher engine exists this returns null, and the runner
/// reports every scenario that needs an engine as "not run: no engine" and counts it as failed.
/// To wire the engine: reference its projects from Graph.Cypher.Tck.csproj, write an adapter implementing
/// <see cref="ITckEngine"/>, and return <c>() =&gt; new ThatAdapter()</c> here.
/// </summary>
public static class EngineFactory
{
    /// <summary>The text shown in reports for scenarios that could not run.</summary>
    public const string MissingEngineReason = "not run: no engine (EngineFactory has no Cypher engine wired)";

    /// <summary>Creates fresh engines; the runner asks for a new one after a scenario times out.</summary>
    public static Func<ITckEngine>? TryGetFactory() => null;

    public static string EngineName => "none";
}
