using Graph.Cypher.Engine.Execution;

namespace Graph.Cypher.Engine;

/// <summary>How one execution runs: plain, EXPLAIN or PROFILE, and its limits (time, rows, read-only).</summary>
public sealed record QueryOptions
{
    public static QueryOptions Default { get; } = new();

    public ExecutionMode Mode { get; init; } = ExecutionMode.Run;

    public QueryLimits Limits { get; init; } = QueryLimits.Default;
}
