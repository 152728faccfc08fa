namespace Graph.Rings.Finding;

/// <summary>How components of the suspicion graph are cut into rings.</summary>
public sealed record RingFinderOptions
{
    public static readonly RingFinderOptions Default = new();

    /// <summary>
    /// Components (and parts) with more entities than this go through community detection; smaller ones are
    /// taken whole. Low, because <see cref="MaxConductance"/> already keeps a ring's own star or chain together.
    /// </summary>
    public int SplitAbove { get; init; } = 4;

    /// <summary>
    /// A part cut off by community detection stays apart only if the links leaving it weigh at most this share
    /// of its links (conductance); looser parts are merged back into the part they are most tied to.
    /// </summary>
    public double MaxConductance { get; init; } = 0.3;

    /// <summary>Louvain resolution for the split: above 1 gives smaller communities.</summary>
    public double Resolution { get; init; } = 1.0;

    /// <summary>Rings need at least this many members: one party alone is a lead for a rule, not a ring.</summary>
    public int MinMembers { get; init; } = 2;

    /// <summary>
    /// An entity left out by the cut (a hub, or one whose links were all too weak) joins the ring holding more
    /// than this share of the evidence that names it, weighted by the hits' strength.
    /// </summary>
    public double AttachShare { get; init; } = 0.5;

    /// <summary>Add the bidders of the ring's flagged auctions that no hit named (see <see cref="RingExpansion"/>).</summary>
    public bool AddCoBidders { get; init; } = true;
}
