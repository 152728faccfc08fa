using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Execution;

/// <summary>The outcome of running a plan: columns and rows, or an error; plus the plan text for EXPLAIN/PROFILE.</summary>
public sealed class QueryResult
{
    public required IReadOnlyList<string> Columns { get; init; }

    public required IReadOnlyList<CypherValue[]> Rows { get; init; }

    public QueryError? Error { get; init; }

    /// <summary>The operator tree (EXPLAIN) or the tree with actual rows and time (PROFILE); null otherwise.</summary>
    public string? Plan { get; init; }

    /// <summary>Whether the query changed the graph (and those changes were committed).</summary>
    public bool WroteChanges { get; init; }

    /// <summary>Wall time of the execution (planning excluded).</summary>
    public TimeSpan Elapsed { get; init; }

    public bool Succeeded => Error is null;
}
