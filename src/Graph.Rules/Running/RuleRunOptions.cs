using Graph.Cypher.Values;

namespace Graph.Rules.Running;

/// <summary>How rules run: parameter overrides, a time limit per rule, and a progress callback.</summary>
public sealed record RuleRunOptions
{
    public static RuleRunOptions Default { get; } = new();

    /// <summary>
    /// Values that override header defaults: `name` applies to every rule that declares it, `RULE-ID.name` to that rule
    /// only (and wins over the unqualified one).
    /// </summary>
    public IReadOnlyDictionary<string, CypherValue> Parameters { get; init; } = new Dictionary<string, CypherValue>();

    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How many rules run at once (one thread each); by default one per core. Rules only read the snapshot, so this
    /// trades memory (each running rule holds its own rows) for wall time.
    /// </summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Called before each rule runs and after it finished (then with its outcome); never from two threads at once.</summary>
    public Action<RuleProgress>? Progress { get; init; }
}
