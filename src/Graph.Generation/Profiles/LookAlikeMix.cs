namespace Graph.Generation.Profiles;

/// <summary>
/// The honest docket and its look-alikes: how many stories of each kind per unit of scale, how big the hubs are,
/// and how often honest cases show a signal on their own (fast mediation, favoured mediator, absent defendant).
/// </summary>
public sealed record LookAlikeMix
{
    public double CivilCases { get; init; } = 12_500;

    public double SerialInstitutionSuits { get; init; } = 1_500;

    public double ContestedDivorces { get; init; } = 300;

    public double Arbitrations { get; init; } = 700;

    public double EnforcementAuctions { get; init; } = 1_100;

    public double Invoices { get; init; } = 19_000;

    public double InsuranceClaims { get; init; } = 3_700;

    /// <summary>Hub law firms per unit of scale, and the percentage of all lawyers working in them.</summary>
    public double HubFirms { get; init; } = 4;

    public int HubLawyerPercent { get; init; } = 40;

    /// <summary>Big compounds per unit of scale, and the share of households registered at one.</summary>
    public double Compounds { get; init; } = 8;

    public double CompoundHouseholdShare { get; init; } = 0.04;

    /// <summary>Share of honest mediations closed within a week, and of mediations through a court's favoured body.</summary>
    public double FastMediationShare { get; init; } = 0.15;

    public double FavouredMediatorShare { get; init; } = 0.4;

    public double AbsentDefendantShare { get; init; } = 0.03;

    /// <summary>Out of 100 serial-institution suits: judgments below the first bound, default judgments below the second, mediations below the third.</summary>
    public (int Judgment, int Default, int Mediation) InstitutionClosings { get; init; } = (50, 85, 95);

    public double LenderPrivateLendingShare { get; init; } = 0.4;

    /// <summary>Out of 100 auction rounds: unsold below the first bound, a single fair bidder below the second.</summary>
    public (int Unsold, int SingleBidder) AuctionRounds { get; init; } = (30, 48);

    public IntRange HonestBankruptcyWorkers { get; init; } = new(12, 41);

    public double RepeatPlateShare { get; init; } = 0.06;

    public double InsuranceLawsuitShare { get; init; } = 0.12;

    public double InsuranceFastSettlementShare { get; init; } = 0.1;

    public double AssessedShare { get; init; } = 0.95;
}
