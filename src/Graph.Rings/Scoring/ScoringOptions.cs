namespace Graph.Rings.Scoring;

/// <summary>How evidence and money combine into a ring's score, and the score an investigator gets to see.</summary>
public sealed record ScoringOptions
{
    public static readonly ScoringOptions Default = new();

    /// <summary>
    /// Rings scoring below this are not listed; part of the product, overridable with --min-score. Calibrated on
    /// generated data (scale 10, seed 1; seeds 2 and 3 to check): it keeps rings with two or more independent
    /// signals (0.8 and up) and a single strong signal seen repeatedly, and drops single weak signals, where
    /// most listed rings were fragments or look-alikes.
    /// </summary>
    public double MinScore { get; init; } = 0.6;

    /// <summary>
    /// How far one signal alone is to be believed: a hit of strength s counts as s * SignalCredibility. Rules
    /// weigh a hit as if it stood alone; honest look-alikes trip single rules often enough that one signal,
    /// however strong, should not read as near-certain, and scores of rings with several signals then stay
    /// apart instead of all saturating at 1.
    /// </summary>
    public double SignalCredibility { get; init; } = 0.7;

    /// <summary>
    /// Repeats of one rule count for less than a new rule: n hits of strength s count as
    /// 1 - (1 - s)^(1 + RepeatBoost * ln n), so ten fast mediations are more than one but less than ten signals.
    /// </summary>
    public double RepeatBoost { get; init; } = 0.5;

    /// <summary>Money below this (yuan) adds nothing.</summary>
    public double MoneyFloor { get; init; } = 100_000;

    /// <summary>Money at or above this (yuan) adds the full <see cref="MoneyBoost"/>; log scale in between.</summary>
    public double MoneyCeiling { get; init; } = 10_000_000;

    /// <summary>The odds of the evidence are multiplied by up to 1 + MoneyBoost: money sharpens evidence, never replaces it.</summary>
    public double MoneyBoost { get; init; } = 1.0;
}
