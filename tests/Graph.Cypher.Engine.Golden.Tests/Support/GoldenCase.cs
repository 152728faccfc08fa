namespace Graph.Cypher.Engine.Golden.Tests.Support;

/// <summary>
/// One case file: the query under test and, from its <c>// key: value</c> header, the graph to build, the parameter
/// sets to run the one prepared query with, the execution options, and the statements whose results show the graph
/// afterwards.
/// </summary>
public sealed record GoldenCase
{
    public required string Name { get; init; }

    public required string Query { get; init; }

    /// <summary>Named graph scripts from Cases/graphs/, run first.</summary>
    public IReadOnlyList<string> Graphs { get; init; } = [];

    public IReadOnlyList<string> Setup { get; init; } = [];

    /// <summary>Cypher map literals, one per execution of the prepared query; none means one run without parameters.</summary>
    public IReadOnlyList<string> Runs { get; init; } = [];

    public string Mode { get; init; } = "run";

    public int? TimeLimitMs { get; init; }

    public long? MaxRows { get; init; }

    public bool ReadOnly { get; init; }

    public IReadOnlyList<string> After { get; init; } = [];

    /// <summary>
    /// Set when the engine is known to get this case wrong: the golden file then holds the correct output, written by
    /// hand, and the test expects a mismatch until the bug is fixed (and fails once it is, so the marker is removed).
    /// </summary>
    public string? KnownBug { get; init; }
}
