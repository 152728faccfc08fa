namespace Graph.Generation.Profiles;

/// <summary>Private-lending rings: how many take part, how far apart the suits fall, what is claimed.</summary>
public sealed record LendingShapes
{
    public IntRange SerialBorrowers { get; init; } = new(4, 12);

    public IntRange OtherBorrowers { get; init; } = new(1, 4);

    /// <summary>Days over which a serial plaintiff's suits are filed (L1), and an occasional one's.</summary>
    public int SerialWindowDays { get; init; } = 600;

    public int OtherWindowDays { get; init; } = 1_000;

    /// <summary>Median claim of a suit beyond the plaintiff's means (L9), and of its templated copies.</summary>
    public double BeyondMeansMedian { get; init; } = 3_000_000;

    public double BeyondMeansTemplate { get; init; } = 2_500_000;

    /// <summary>Near-identical claims (L5) differ by up to two of these steps.</summary>
    public decimal TemplateStep { get; init; } = 1000;

    public IntRange DefaultJudgmentDays { get; init; } = new(25, 64);

    public IntRange ShellFirstSuitDays { get; init; } = new(60, 299);

    public IntRange ShellSuits { get; init; } = new(3, 8);

    public IntRange ListingLeadDays { get; init; } = new(30, 329);

    public IntRange AssignmentSuitGapDays { get; init; } = new(3, 22);

    public IntRange QueueCreditors { get; init; } = new(3, 18);

    public IntRange QueueFriends { get; init; } = new(2, 6);

    public IntRange QueueSuitLeadDays { get; init; } = new(15, 54);

    public IntRange QueueEnforcementLeadDays { get; init; } = new(1, 10);
}
