namespace Graph.Rules.Model;

/// <summary>
/// The labels, relationship types and property keys of docs/graph-model.md, in one place, so that a rule naming
/// something the loader never writes (a typo, a renamed column) fails the check instead of silently matching nothing.
/// When the model changes, change docs/graph-model.md and this class together.
/// </summary>
public static class GraphModelVocabulary
{
    private static readonly string[] PersonProperties =
        ["name", "names", "id_number", "invalid_ids", "resolution", "birth_date", "source"];

    private static readonly string[] CompanyProperties =
        ["name", "names", "uscc", "uscc_valid", "invalid_ids", "resolution", "status", "employees", "industry", "established_on", "registered_address", "source"];

    /// <summary>How a party reference was resolved and what it said; on every relationship made from a party reference.</summary>
    private static readonly string[] Provenance = ["source", "matched", "ref_name", "ref_id", "ref_phone", "ref_address"];

    private static readonly string[] SourceOnly = ["source"];

    private static readonly Dictionary<string, string[]> RecordProperties = new(StringComparer.Ordinal)
    {
        ["Case"] = ["case_no", "court", "case_type", "cause", "cause_text", "filed_on", "closed_on", "closing_method", "amount_claimed", "amount_awarded", "judge", "mediator_org", "public_notice", "defendant_absent"],
        ["Bankruptcy"] = ["bankruptcy_no", "court", "accepted_on", "administrator", "debtor_name"],
        ["Claim"] = ["claim_no", "bankruptcy_no", "claim_type", "amount_declared", "amount_confirmed", "declared_on", "basis_no"],
        ["Award"] = ["award_no", "commission", "filed_on", "closed_on", "outcome", "amount", "monthly_wage_claimed"],
        ["Auction"] = ["auction_id", "platform", "court", "enforcement_case_no", "item", "item_kind", "appraisal_price", "starting_price", "deal_price", "round", "notice_on", "starts_at", "ends_at", "status"],
        ["Bid"] = ["auction_id", "amount", "bid_at", "winning"],
        ["Invoice"] = ["invoice_no", "issued_on", "goods_category", "goods_name", "quantity", "unit", "amount", "tax_rate", "tax"],

        // agent_name is an insurance_claims column (docs/records.md) with no relationship of its own, so it stays a property.
        ["InsuranceClaim"] = ["claim_no", "insurer", "policy_no", "accident_on", "plate", "assessor", "amount_claimed", "amount_paid", "lawsuit_case_no", "agent_name"],
    };

    /// <summary>Property keys per node label.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> NodeProperties { get; } = BuildNodeProperties();

    /// <summary>Property keys per relationship type.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> RelationshipProperties { get; } = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
    {
        ["PARTY_IN"] = Set(Provenance, ["role", "side"]),
        ["AGENT_IN"] = Set(Provenance, ["agent_kind", "for_role", "for_side"]),
        ["REPRESENTS"] = Set(Provenance, ["case_no", "award_no", "agent_kind"]),
        ["FIRM_IN"] = Set(SourceOnly, ["for_role", "for_side"]),
        ["WORKS_AT"] = Set(SourceOnly),
        ["DEBTOR_IN"] = Set(Provenance),
        ["CREDITOR_IN"] = Set(Provenance),
        ["APPLICANT_IN"] = Set(Provenance),
        ["RESPONDENT_IN"] = Set(Provenance),
        ["OWNER_IN"] = Set(Provenance),
        ["PLACED"] = Set(Provenance),
        ["SELLER_IN"] = Set(Provenance),
        ["BUYER_IN"] = Set(Provenance),
        ["DRIVER_IN"] = Set(Provenance),
        ["REPAIRER_IN"] = Set(Provenance),
        ["HEARD_BY"] = Set(SourceOnly),
        ["MEDIATED_BY"] = Set(SourceOnly),
        ["CLAIM_IN"] = Set(SourceOnly),
        ["BASED_ON"] = Set(SourceOnly),
        ["BID_ON"] = Set(SourceOnly),
        ["ENFORCES"] = Set(SourceOnly),
        ["FOR_VEHICLE"] = Set(SourceOnly),
        ["LITIGATED_IN"] = Set(SourceOnly),
        ["HAS_PHONE"] = Set(SourceOnly),
        ["HAS_ADDRESS"] = Set(SourceOnly),
        ["LEGAL_REP_OF"] = Set(Provenance, ["since"]),
        ["SHAREHOLDER_OF"] = Set(Provenance, ["share_pct", "since"]),
        ["OFFICER_OF"] = Set(Provenance, ["role", "since"]),
        ["EMPLOYED_BY"] = Set(Provenance, ["since"]),
        ["KIN_OF"] = Set(Provenance, ["relation"]),
    };

    public static IReadOnlySet<string> Labels { get; } = NodeProperties.Keys.ToHashSet(StringComparer.Ordinal);

    public static IReadOnlySet<string> RelationshipTypes { get; } = RelationshipProperties.Keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>Every key any node may carry: what a property of a node whose labels the rule does not say must be one of.</summary>
    public static IReadOnlySet<string> AnyNodeProperty { get; } = NodeProperties.Values.SelectMany(keys => keys).ToHashSet(StringComparer.Ordinal);

    public static IReadOnlySet<string> AnyRelationshipProperty { get; } = RelationshipProperties.Values.SelectMany(keys => keys).ToHashSet(StringComparer.Ordinal);

    /// <summary>The record labels and the hit kind each maps to (<see cref="HitRecord.Kind"/>).</summary>
    public static IReadOnlyDictionary<string, string> RecordKinds { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Case"] = "case",
        ["Bankruptcy"] = "bankruptcy",
        ["Claim"] = "claim",
        ["Award"] = "award",
        ["Auction"] = "auction",
        ["Bid"] = "bid",
        ["Invoice"] = "invoice",
        ["InsuranceClaim"] = "insurance_claim",
    };

    /// <summary>The property holding each record label's natural key (Bid has none of its own: its node key is used).</summary>
    public static IReadOnlyDictionary<string, string> RecordKeyProperties { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Case"] = "case_no",
        ["Bankruptcy"] = "bankruptcy_no",
        ["Claim"] = "claim_no",
        ["Award"] = "award_no",
        ["Auction"] = "auction_id",
        ["Invoice"] = "invoice_no",
        ["InsuranceClaim"] = "claim_no",
    };

    /// <summary>Keys valid on a node with all of <paramref name="labels"/>; null when no label is known (anything in the model goes).</summary>
    public static IReadOnlySet<string>? PropertiesOf(IEnumerable<string> labels)
    {
        IReadOnlySet<string>? allowed = null;
        foreach (var label in labels)
        {
            if (!NodeProperties.TryGetValue(label, out var keys))
            {
                continue;
            }

            // A node with two labels carries the keys of both (Case:Record has source and case_no).
            allowed = allowed is null ? keys : allowed.Union(keys).ToHashSet(StringComparer.Ordinal);
        }

        return allowed;
    }

    private static Dictionary<string, IReadOnlySet<string>> BuildNodeProperties()
    {
        var nodes = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
        {
            ["Person"] = Set(PersonProperties),
            ["Company"] = Set(CompanyProperties),

            // Entity reaches both Person and Company, so a property of either is fine on it.
            ["Entity"] = Set(PersonProperties, CompanyProperties),
            ["Phone"] = Set(["number"]),
            ["Address"] = Set(["text"]),
            ["LawFirm"] = Set(["name"]),
            ["Court"] = Set(["name"]),
            ["MediatorOrg"] = Set(["name"]),
            ["Vehicle"] = Set(["plate"]),
        };
        foreach (var (label, keys) in RecordProperties)
        {
            nodes[label] = Set(SourceOnly, keys);
        }

        nodes["Record"] = Set(SourceOnly, RecordProperties.Values.SelectMany(keys => keys));
        return nodes;
    }

    private static HashSet<string> Set(params IEnumerable<string>[] parts) =>
        parts.SelectMany(part => part).ToHashSet(StringComparer.Ordinal);
}
