namespace Graph.Generation.Tests.Support;

/// <summary>Per-file facts from spec/records.md the tests check against: keys, id columns, typed columns, reference prefixes.</summary>
public static class SpecFields
{
    public static readonly Dictionary<string, string> Keys = new()
    {
        ["companies"] = "uscc", ["company_people"] = "uscc", ["persons"] = "id_number", ["relations"] = "person_name",
        ["cases"] = "case_no", ["case_parties"] = "case_no", ["bankruptcies"] = "bankruptcy_no", ["claims"] = "claim_no",
        ["arbitrations"] = "award_no", ["auctions"] = "auction_id", ["bids"] = "auction_id", ["invoices"] = "invoice_no",
        ["insurance_claims"] = "claim_no",
    };

    public static readonly Dictionary<string, string[]> Prefixes = new()
    {
        ["companies"] = ["", "legal_rep_"], ["company_people"] = ["company_", "person_"], ["persons"] = [""],
        ["relations"] = ["person_", "other_"], ["cases"] = [], ["case_parties"] = ["party_", "agent_"],
        ["bankruptcies"] = ["debtor_"], ["claims"] = ["creditor_"], ["arbitrations"] = ["applicant_", "respondent_", "agent_"],
        ["auctions"] = ["owner_"], ["bids"] = ["bidder_"], ["invoices"] = ["seller_", "buyer_"],
        ["insurance_claims"] = ["owner_", "driver_", "repair_shop_", "agent_"],
    };

    public static readonly HashSet<string> DateColumns =
        ["established_on", "since", "birth_date", "filed_on", "closed_on", "accepted_on", "declared_on", "notice_on", "issued_on", "accident_on"];

    public static readonly HashSet<string> NumberColumns =
    [
        "employees", "share_pct", "amount_claimed", "amount_awarded", "amount_declared", "amount_confirmed", "amount",
        "monthly_wage_claimed", "appraisal_price", "starting_price", "deal_price", "quantity", "tax_rate", "tax", "amount_paid",
    ];

    public static string NameColumn(string baseName, string prefix) => prefix switch
    {
        "" => "name",
        "company_" => "company_name",
        _ => prefix + "name",
    };

    public static string IdColumn(string baseName, string prefix) => (baseName, prefix) switch
    {
        ("companies", "") or (_, "company_") => "uscc",
        ("persons", "") => "id_number",
        (_, "debtor_" or "respondent_" or "seller_" or "buyer_" or "repair_shop_") => prefix + "uscc",
        _ => prefix + "id",
    };
}
