namespace Graph.Generation.Profiles;

/// <summary>Auction rings: price ratios to the appraisal, notice periods, re-auction cuts and bidding frenzies.</summary>
public sealed record AuctionShapes
{
    /// <summary>Starting price as a share of the appraisal with A3 (under the 70% floor), and without.</summary>
    public DoubleRange LowStart { get; init; } = new(0.45, 0.2);

    public DoubleRange FairStart { get; init; } = new(0.7, 0.1);

    public double ShortNoticeChance { get; init; } = 0.6;

    public IntRange ShortNoticeDays { get; init; } = new(3, 10);

    public IntRange RealEstateNoticeDays { get; init; } = new(30, 39);

    public IntRange OtherNoticeDays { get; init; } = new(15, 24);

    /// <summary>Second round's start as a share of the first's when the cut is deep.</summary>
    public DoubleRange DeepCut { get; init; } = new(0.6, 0.15);

    public double WinnerPhoneChance { get; init; } = 0.3;

    public IntRange FrenzyShills { get; init; } = new(1, 3);

    public IntRange FrenzyBids { get; init; } = new(20, 119);

    public IntRange FrenzyGapSeconds { get; init; } = new(20, 269);

    /// <summary>Bids a frenzy places during the scheduled period, before the crowd in the extension period.</summary>
    public IntRange FrenzyOpeningBids { get; init; } = new(0, 0);
}
