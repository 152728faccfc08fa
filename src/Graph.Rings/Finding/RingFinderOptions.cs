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

    /// <summary>
    /// When a group does not split, up to this many of its most connected parties (a repair shop and its legal
    /// representative, say) are set aside and the rest split without them: two crews working through one shop
    /// are held together only by the shop. 0 turns this off.
    /// </summary>
    public int MaxPivots { get; init; } = 3;

    /// <summary>A party is a pivot candidate only if linked to at least this share of the group's other parties.</summary>
    public double PivotMinShare { get; init; } = 0.5;

    /// <summary>
    /// Without the pivots, the group splits only into parts of at least this many parties each: a pair or a
    /// lone party tied to the rest only through the pivots is part of the pivots' ring, not a crew of its own.
    /// </summary>
    public int MinPivotPart { get; init; } = 2;

    /// <summary>
    /// Without the pivots, a part stands alone only when hits of at least this many different rules each name
    /// two or more of its parties: a crew shows up in several screens at once, while the lots of one oil seller
    /// or the suits of one lender are each one hit of one rule around the pivot.
    /// </summary>
    public int MinPivotPartRules { get; init; } = 2;

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
