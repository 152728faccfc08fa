namespace Graph.Algorithms.Similarity;

/// <summary>Tuning for <see cref="NodeSimilarity"/>.</summary>
public sealed record NodeSimilarityOptions
{
    public static readonly NodeSimilarityOptions Default = new();

    /// <summary>Keep at most this many most similar nodes per node.</summary>
    public int TopK { get; init; } = 10;

    /// <summary>Drop pairs less similar than this (pairs without a common neighbour are never listed).</summary>
    public double SimilarityCutoff { get; init; } = 1e-9;

    /// <summary>Only nodes with at least this many distinct neighbours take part (1 neighbour in common makes Jaccard 1 for two leaves).</summary>
    public int DegreeCutoff { get; init; } = 1;
}
