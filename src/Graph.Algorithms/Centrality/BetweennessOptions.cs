namespace Graph.Algorithms.Centrality;

/// <summary>Tuning for <see cref="Betweenness"/>.</summary>
public sealed record BetweennessOptions
{
    public static readonly BetweennessOptions Default = new();

    /// <summary>
    /// Estimate from this many source nodes (drawn with the seed, scaled by n / samples) instead of
    /// all n: exact betweenness costs O(n·m), too much beyond some ten thousand nodes. Null: exact.
    /// </summary>
    public int? Samples { get; init; }

    public int Seed { get; init; } = 42;

    /// <summary>Shortest by weight (Dijkstra) rather than by hop count (BFS); null: when the projection is weighted.</summary>
    public bool? Weighted { get; init; }
}
