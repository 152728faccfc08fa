namespace Graph.Rings.Suspicion;

/// <summary>
/// How hits become weighted links between entities, and when an entity counts as a hub whose links
/// say little. Defaults are tuned on generated data (seed 1 at scale 10) and stated in terms of the
/// signals, not of any one generator: see the report of issue 4.
/// </summary>
public sealed record SuspicionOptions
{
    public static readonly SuspicionOptions Default = new();

    /// <summary>
    /// An entity with at least this many records of its own is judged by how many of them the rules flag
    /// (below that, too few records to tell an institution from a ring member).
    /// </summary>
    public int HubMinRecords { get; init; } = 20;

    /// <summary>
    /// Below this share of flagged records (smoothed: (flagged + 1) / (records + 1)), a busy entity is a
    /// hub: most of what it does is ordinary, so being named beside someone in a hit says little about it.
    /// </summary>
    public double HubMaxFlaggedShare { get; init; } = 0.25;

    /// <summary>
    /// An entity linked by evidence to more distinct parties than this is a hub whatever its records say:
    /// no ring an investigator can treat as one case is that large around one party.
    /// </summary>
    public int HubMaxPartners { get; init; } = 150;

    /// <summary>
    /// A hit naming k parties gives each pair weight / (k - 1)^BreadthExponent: 1 spreads a hit's weight
    /// evenly (the hypergraph's clique expansion), 0 lets a broad hit tie every pair as firmly as a narrow one.
    /// </summary>
    public double BreadthExponent { get; init; } = 0.5;

    /// <summary>A hit naming more parties than this ties none of them: it describes a population, not a ring.</summary>
    public int MaxHitBreadth { get; init; } = 100;

    /// <summary>
    /// Links lighter than this (after spreading a hit's weight over its parties and damping hubs) are
    /// dropped before rings are cut: a hit naming hundreds of parties is no evidence about any two of them.
    /// </summary>
    public double MinLinkWeight { get; init; } = 0.05;
}
