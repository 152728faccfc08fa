namespace Graph.Algorithms.Centrality;

/// <summary>Tuning for <see cref="PageRank"/>.</summary>
public sealed record PageRankOptions
{
    public static readonly PageRankOptions Default = new();

    /// <summary>The probability of following an edge rather than teleporting.</summary>
    public double Damping { get; init; } = 0.85;

    public int MaxIterations { get; init; } = 100;

    /// <summary>Stop once the scores move less than this in total (L1).</summary>
    public double Tolerance { get; init; } = 1e-10;

    /// <summary>Follow edges in proportion to their weight; null: when the projection is weighted.</summary>
    public bool? Weighted { get; init; }

    /// <summary>
    /// Personalised PageRank: teleport only to these node indices (e.g. known suspects), so the scores
    /// measure closeness to them. Null or empty: uniform teleport.
    /// </summary>
    public IReadOnlyList<int>? SourceNodes { get; init; }
}
