namespace Graph.Algorithms.Community;

/// <summary>Tuning for <see cref="Louvain"/>; the defaults suit graphs up to a few million edges.</summary>
public sealed record LouvainOptions
{
    public static readonly LouvainOptions Default = new();

    /// <summary>γ in Q = Σ_c [L_c/m − γ (K_c/2m)²]: above 1 gives more, smaller communities.</summary>
    public double Resolution { get; init; } = 1.0;

    /// <summary>At most this many aggregation levels.</summary>
    public int MaxLevels { get; init; } = 10;

    /// <summary>At most this many node visits per node and level (the local moving normally settles long before).</summary>
    public int MaxPasses { get; init; } = 20;

    /// <summary>Seeds the node visiting order: the same seed gives the same communities.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>
    /// Leiden's refinement between moving and aggregating: communities are rebuilt from well-connected
    /// sub-communities, which guarantees every community is connected (plain Louvain can return a
    /// community held together only by a node that has since left it).
    /// </summary>
    public bool Refine { get; init; }
}
