namespace Graph.Generation.Profiles;

/// <summary>Bankruptcy-labour rings: claimants, wages and amounts, and when the claims are made.</summary>
public sealed record LaborShapes
{
    public IntRange BatchClaimants { get; init; } = new(5, 10);

    public IntRange OtherClaimants { get; init; } = new(2, 7);

    /// <summary>Monthly wage an insider claims (B2), and a paper employee's.</summary>
    public IntRange InsiderWage { get; init; } = new(25_000, 60_000);

    public IntRange PaperWage { get; init; } = new(4_000, 7_900);

    /// <summary>One claimant's amount when it is large (B1); otherwise months of wages.</summary>
    public IntRange LargeAward { get; init; } = new(300_000, 899_000);

    public IntRange WageMonths { get; init; } = new(6, 15);

    /// <summary>Days before acceptance the claims start with B1, and without.</summary>
    public IntRange RecentLeadDays { get; init; } = new(30, 179);

    public IntRange EarlyLeadDays { get; init; } = new(400, 699);

    /// <summary>Days a batch of settlements is filed within (B3).</summary>
    public int BatchSpanDays { get; init; } = 15;

    public IntRange BatchCloseDays { get; init; } = new(1, 5);

    public IntRange LookBackLeadDays { get; init; } = new(30, 329);

    public IntRange WageMediationDays { get; init; } = new(3, 22);

    public IntRange HonestCoworkers { get; init; } = new(3, 12);

    public IntRange CoworkerWage { get; init; } = new(3_000, 6_900);
}
