namespace Graph.Loading.Mapping;

/// <summary>Labels and relationship types of docs/graph-model.md, spelled once.</summary>
public static class GraphNames
{
    public const string Record = "Record";
    public const string Phone = "Phone";
    public const string Address = "Address";
    public const string LawFirm = "LawFirm";
    public const string Court = "Court";
    public const string MediatorOrg = "MediatorOrg";
    public const string Vehicle = "Vehicle";

    public const string Case = "Case";
    public const string Bankruptcy = "Bankruptcy";
    public const string Claim = "Claim";
    public const string Award = "Award";
    public const string Auction = "Auction";
    public const string Bid = "Bid";
    public const string Invoice = "Invoice";
    public const string InsuranceClaim = "InsuranceClaim";

    public const string PartyIn = "PARTY_IN";
    public const string AgentIn = "AGENT_IN";
    public const string Represents = "REPRESENTS";
    public const string FirmIn = "FIRM_IN";
    public const string WorksAt = "WORKS_AT";
    public const string DebtorIn = "DEBTOR_IN";
    public const string CreditorIn = "CREDITOR_IN";
    public const string ApplicantIn = "APPLICANT_IN";
    public const string RespondentIn = "RESPONDENT_IN";
    public const string OwnerIn = "OWNER_IN";
    public const string Placed = "PLACED";
    public const string SellerIn = "SELLER_IN";
    public const string BuyerIn = "BUYER_IN";
    public const string DriverIn = "DRIVER_IN";
    public const string RepairerIn = "REPAIRER_IN";
    public const string HeardBy = "HEARD_BY";
    public const string MediatedBy = "MEDIATED_BY";
    public const string ClaimIn = "CLAIM_IN";
    public const string BasedOn = "BASED_ON";
    public const string BidOn = "BID_ON";
    public const string Enforces = "ENFORCES";
    public const string ForVehicle = "FOR_VEHICLE";
    public const string LitigatedIn = "LITIGATED_IN";
    public const string HasPhone = "HAS_PHONE";
    public const string HasAddress = "HAS_ADDRESS";
    public const string LegalRepOf = "LEGAL_REP_OF";
    public const string ShareholderOf = "SHAREHOLDER_OF";
    public const string OfficerOf = "OFFICER_OF";
    public const string EmployedBy = "EMPLOYED_BY";
    public const string KinOf = "KIN_OF";
}
