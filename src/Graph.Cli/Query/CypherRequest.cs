namespace Graph.Cli.Query;

/// <summary>What `graph cypher` was asked to do, as parsed from its command line.</summary>
public sealed record CypherRequest
{
    public required string StorePath { get; init; }

    public string? Query { get; init; }

    public string? File { get; init; }

    public IReadOnlyList<ParameterArgument> Parameters { get; init; } = [];

    public ResultFormat Format { get; init; } = ResultFormat.Table;

    public bool ReadOnly { get; init; }

    public bool Explain { get; init; }

    public bool Profile { get; init; }

    /// <summary>Null keeps the engine's default limit.</summary>
    public TimeSpan? Timeout { get; init; }
}
