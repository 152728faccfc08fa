namespace Graph.Rings.Scoring;

/// <summary>How evidence and money combine into a ring's score, and the score an investigator gets to see.</summary>
public sealed record ScoringOptions
{
    public static readonly ScoringOptions Default = new();

    /// <summary>
    /// Rings scoring below this are not listed. Calibrated on generated data (scale 10, seed 1) for ring-level
    /// precision and recall both at or above 0.9; part of the product, overridable with --min-score.
    /// </summary>
    public double MinScore { get; init; } = 0.5;

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
