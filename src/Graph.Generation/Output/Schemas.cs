namespace Graph.Generation.Output;

/// <summary>The 13 files of spec/records.md with every listed column, in the spec's order.</summary>
public static class Schemas
{
    public static readonly FileSchema Companies = new(
        "companies",
        ["uscc", "name", "legal_rep_name", "legal_rep_id", "registered_address", "phone", "established_on", "status", "employees", "industry"],
        ["uscc"], ["employees"], ["established_on"]);

    public static readonly FileSchema CompanyPeople = new(
        "company_people",
        ["uscc", "company_name", "person_name", "person_id", "person_phone", "role", "share_pct", "since"],
        ["uscc"], ["share_pct"], ["since"]);

    public static readonly FileSchema Persons = new(
        "persons", ["id_number", "name", "phone", "address", "birth_date"], ["id_number"], [], ["birth_date"]);

    public static readonly FileSchema Relations = new(
        "relations", ["person_id", "person_name", "other_id", "other_name", "relation"], ["person_name", "person_id"], [], []);

    public static readonly FileSchema Cases = new(
        "cases",
        ["case_no", "court", "case_type", "cause", "cause_text", "filed_on", "closed_on", "closing_method", "amount_claimed",
            "amount_awarded", "judge", "mediator_org", "public_notice", "defendant_absent"],
        ["case_no"], ["amount_claimed", "amount_awarded"], ["filed_on", "closed_on"]);

    public static readonly FileSchema CaseParties = new(
        "case_parties",
        ["case_no", "role", "party_kind", "party_name", "party_id", "party_phone", "party_address", "agent_name", "agent_id",
            "agent_kind", "law_firm", "agent_phone"],
        ["case_no"], [], []);

    public static readonly FileSchema Bankruptcies = new(
        "bankruptcies", ["bankruptcy_no", "court", "debtor_uscc", "debtor_name", "accepted_on", "administrator"],
        ["bankruptcy_no"], [], ["accepted_on"]);

    public static readonly FileSchema Claims = new(
        "claims",
        ["bankruptcy_no", "claim_no", "creditor_kind", "creditor_name", "creditor_id", "creditor_phone", "creditor_address",
            "claim_type", "amount_declared", "amount_confirmed", "declared_on", "basis_no"],
        ["claim_no"], ["amount_declared", "amount_confirmed"], ["declared_on"]);

    public static readonly FileSchema Arbitrations = new(
        "arbitrations",
        ["award_no", "commission", "applicant_name", "applicant_id", "applicant_phone", "applicant_address", "respondent_uscc",
            "respondent_name", "filed_on", "closed_on", "outcome", "amount", "monthly_wage_claimed", "agent_name", "agent_id"],
        ["award_no"], ["amount", "monthly_wage_claimed"], ["filed_on", "closed_on"]);

    public static readonly FileSchema Auctions = new(
        "auctions",
        ["auction_id", "platform", "court", "enforcement_case_no", "item", "item_kind", "appraisal_price", "starting_price",
            "deal_price", "round", "notice_on", "starts_at", "ends_at", "owner_kind", "owner_name", "owner_id", "status"],
        ["auction_id"], ["appraisal_price", "starting_price", "deal_price"], ["notice_on"]);

    public static readonly FileSchema Bids = new(
        "bids", ["auction_id", "bidder_kind", "bidder_name", "bidder_id", "bidder_phone", "amount", "bid_at", "winning"],
        ["auction_id"], ["amount"], []);

    public static readonly FileSchema Invoices = new(
        "invoices",
        ["invoice_no", "issued_on", "seller_uscc", "seller_name", "buyer_uscc", "buyer_name", "goods_category", "goods_name",
            "quantity", "unit", "amount", "tax_rate", "tax"],
        ["invoice_no"], ["quantity", "amount", "tax_rate", "tax"], ["issued_on"]);

    public static readonly FileSchema InsuranceClaims = new(
        "insurance_claims",
        ["claim_no", "insurer", "policy_no", "accident_on", "plate", "owner_name", "owner_id", "driver_name", "driver_id",
            "driver_phone", "repair_shop_uscc", "repair_shop_name", "assessor", "agent_name", "amount_claimed", "amount_paid",
            "lawsuit_case_no"],
        ["claim_no"], ["amount_claimed", "amount_paid"], ["accident_on"]);

    public static readonly FileSchema[] All =
    [
        Companies, CompanyPeople, Persons, Relations, Cases, CaseParties, Bankruptcies, Claims, Arbitrations, Auctions, Bids,
        Invoices, InsuranceClaims,
    ];
}
