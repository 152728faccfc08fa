using System.Collections.Frozen;
using Graph.Records.Rows;
using static Graph.Records.Schema.SchemaBuilder;

namespace Graph.Records.Schema;

/// <summary>
/// The schemas of docs/records.md. Keys where the brief leaves a choice:
/// <list type="bullet">
/// <item><c>persons</c>: <c>id_number</c>, or <c>name</c>+<c>phone</c> when the id is missing (a name alone is too
/// common to key on; a person with neither is rejected rather than loaded as a duplicate every time).</item>
/// <item>Parties inside a key (<c>case_parties</c>, <c>company_people</c>, <c>relations</c>, <c>bids</c>) are their id
/// when present, else their name.</item>
/// </list>
/// </summary>
public static class RecordSchemas
{
    private static readonly string[] PartyKinds = ["person", "company"];

    /// <summary>Load order: the registry first (companies, persons, company_people, relations), then the spec's order.</summary>
    public static IReadOnlyList<RecordKind> LoadOrder { get; } =
    [
        RecordKind.Companies, RecordKind.Persons, RecordKind.CompanyPeople, RecordKind.Relations,
        RecordKind.Cases, RecordKind.CaseParties, RecordKind.Bankruptcies, RecordKind.Claims,
        RecordKind.Arbitrations, RecordKind.Auctions, RecordKind.Bids, RecordKind.Invoices, RecordKind.InsuranceClaims,
    ];

    public static IReadOnlyList<RecordSchema> All { get; } =
    [
        new(RecordKind.Companies, "companies",
            [Uscc("uscc"), Text("name"), Text("legal_rep_name"), Rid("legal_rep_id"), Text("registered_address"),
             Text("phone"), Date("established_on"), Enum("status", "active", "revoked", "cancelled", "bankrupt"),
             Integer("employees"), Text("industry")],
            [KeyPart.Field("uscc")]),
        new(RecordKind.CompanyPeople, "company_people",
            [Uscc("uscc"), Text("company_name"), Text("person_name"), Rid("person_id"), Text("person_phone"),
             Enum("role", "legal_rep", "shareholder", "director", "supervisor", "manager", "employee"),
             Decimal("share_pct"), Date("since")],
            [KeyPart.Field("uscc"), KeyPart.FirstOf("person_id", "person_name"), KeyPart.Field("role")]),
        new(RecordKind.Persons, "persons",
            [Rid("id_number"), Text("name"), Text("phone"), Text("address"), Date("birth_date")],
            [KeyPart.FirstOf(["id_number"], ["name", "phone"])]),
        new(RecordKind.Relations, "relations",
            [Rid("person_id"), Text("person_name"), Rid("other_id"), Text("other_name"),
             Enum("relation", "spouse", "parent", "child", "sibling", "relative", "household")],
            [KeyPart.FirstOf("person_id", "person_name"), KeyPart.FirstOf("other_id", "other_name"), KeyPart.Field("relation")]),
        new(RecordKind.Cases, "cases",
            [Text("case_no"), Text("court"),
             Enum("case_type", "civil_first", "civil_second", "retrial", "enforcement", "special", "bankruptcy", "other"),
             Enum("cause", "private_lending", "labor", "sales_contract", "motor_accident", "loan_contract", "guarantee",
                 "lease", "debt_assignment", "divorce_property", "enforcement_objection", "other"),
             Text("cause_text"), Date("filed_on"), Date("closed_on"),
             Enum("closing_method", "judgment", "default_judgment", "mediation", "judicial_confirmation", "withdrawal",
                 "dismissal", "other"),
             Decimal("amount_claimed"), Decimal("amount_awarded"), Text("judge"), Text("mediator_org"),
             Boolean("public_notice"), Boolean("defendant_absent")],
            [KeyPart.Field("case_no")]),
        new(RecordKind.CaseParties, "case_parties",
            [Text("case_no"),
             Enum("role", "plaintiff", "defendant", "third_party", "applicant", "respondent", "enforcement_applicant",
                 "enforcement_respondent"),
             .. Party("party_"), Text("agent_name"), Rid("agent_id"),
             Enum("agent_kind", "lawyer", "citizen", "employee", "relative"), Text("law_firm"), Text("agent_phone")],
            [KeyPart.Field("case_no"), KeyPart.Field("role"), KeyPart.FirstOf("party_id", "party_name")]),
        new(RecordKind.Bankruptcies, "bankruptcies",
            [Text("bankruptcy_no"), Text("court"), Uscc("debtor_uscc"), Text("debtor_name"), Date("accepted_on"),
             Text("administrator")],
            [KeyPart.Field("bankruptcy_no")]),
        new(RecordKind.Claims, "claims",
            [Text("bankruptcy_no"), Text("claim_no"), .. Party("creditor_"),
             Enum("claim_type", "labor", "secured", "tax", "ordinary"), Decimal("amount_declared"),
             Decimal("amount_confirmed"), Date("declared_on"), Text("basis_no")],
            [KeyPart.Field("claim_no")]),
        new(RecordKind.Arbitrations, "arbitrations",
            [Text("award_no"), Text("commission"), Text("applicant_name"), Rid("applicant_id"), Text("applicant_phone"),
             Text("applicant_address"), Uscc("respondent_uscc"), Text("respondent_name"), Date("filed_on"),
             Date("closed_on"), Enum("outcome", "award", "mediation", "withdrawn", "dismissed"), Decimal("amount"),
             Decimal("monthly_wage_claimed"), Text("agent_name"), Rid("agent_id")],
            [KeyPart.Field("award_no")]),
        new(RecordKind.Auctions, "auctions",
            [Text("auction_id"), Text("platform"), Text("court"), Text("enforcement_case_no"), Text("item"),
             Enum("item_kind", "real_estate", "vehicle", "equity", "land", "other"), Decimal("appraisal_price"),
             Decimal("starting_price"), Decimal("deal_price"), Enum("round", "1", "2", "sale"), Date("notice_on"),
             Timestamp("starts_at"), Timestamp("ends_at"), Enum("owner_kind", PartyKinds), Text("owner_name"),
             PartyId("owner_id", "owner_kind"), Enum("status", "sold", "unsold", "withdrawn", "defaulted")],
            [KeyPart.Field("auction_id")]),
        new(RecordKind.Bids, "bids",
            [Text("auction_id"), Enum("bidder_kind", PartyKinds), Text("bidder_name"), PartyId("bidder_id", "bidder_kind"),
             Text("bidder_phone"), Decimal("amount"), Timestamp("bid_at"), Boolean("winning")],
            [KeyPart.Field("auction_id"), KeyPart.FirstOf("bidder_id", "bidder_name"), KeyPart.Field("bid_at")]),
        new(RecordKind.Invoices, "invoices",
            [Text("invoice_no"), Date("issued_on"), Uscc("seller_uscc"), Text("seller_name"), Uscc("buyer_uscc"),
             Text("buyer_name"), Text("goods_category"), Text("goods_name"), Decimal("quantity"), Text("unit"),
             Decimal("amount"), Decimal("tax_rate"), Decimal("tax")],
            [KeyPart.Field("invoice_no")]),
        new(RecordKind.InsuranceClaims, "insurance_claims",
            [Text("claim_no"), Text("insurer"), Text("policy_no"), Date("accident_on"), Text("plate"), Text("owner_name"),
             PartyId("owner_id"), Text("driver_name"), Rid("driver_id"), Text("driver_phone"), Uscc("repair_shop_uscc"),
             Text("repair_shop_name"), Text("assessor"), Text("agent_name"), Decimal("amount_claimed"),
             Decimal("amount_paid"), Text("lawsuit_case_no")],
            [KeyPart.Field("claim_no")]),
    ];

    private static readonly FrozenDictionary<RecordKind, RecordSchema> ByKind = All.ToFrozenDictionary(s => s.Kind);

    private static readonly FrozenDictionary<string, RecordSchema> ByBaseName =
        All.ToFrozenDictionary(s => s.BaseName, StringComparer.OrdinalIgnoreCase);

    public static RecordSchema For(RecordKind kind) => ByKind[kind];

    public static string BaseName(RecordKind kind) => ByKind[kind].BaseName;

    /// <summary>The schema whose base name is <paramref name="baseName"/> (any case), or null.</summary>
    public static RecordSchema? ForBaseName(string baseName) => ByBaseName.GetValueOrDefault(baseName);

    /// <summary>Shorthand for <c>For(row.Kind).NaturalKey(row)</c>.</summary>
    public static string NaturalKey(RecordRow row) => For(row.Kind).NaturalKey(row);

    private static FieldSpec[] Party(string prefix) =>
    [
        Enum(prefix + "kind", PartyKinds), Text(prefix + "name"), PartyId(prefix + "id", prefix + "kind"),
        Text(prefix + "phone"), Text(prefix + "address"),
    ];
}
