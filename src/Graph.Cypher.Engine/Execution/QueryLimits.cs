namespace Graph.Cypher.Engine.Execution;

/// <summary>Per-query bounds: wall time, result rows, and whether write clauses are refused.</summary>
public sealed record QueryLimits
{
    public static QueryLimits Default { get; } = new();

    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(30);

    public long MaxResultRows { get; init; } = 1_000_000;

    public bool ReadOnly { get; init; }
}
