namespace Graph.Generation;

/// <summary>One unit of the shuffled schedule; interleaving keeps planted rows from clustering at any file position.</summary>
public enum StoryKind : byte
{
    CivilCase,
    SerialInstitutionSuit,
    ContestedDivorce,
    Arbitration,
    EnforcementAuction,
    Invoice,
    InsuranceClaim,
    HonestBankruptcy,
    CompanyOfficers,
    Kin,
    PrivateLendingRing,
    BankruptcyLaborRing,
    AuctionRing,
    VehicleInsuranceRing,
    OilInvoiceRing,
}
