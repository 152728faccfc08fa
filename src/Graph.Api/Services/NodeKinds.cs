namespace Graph.Api.Services;

/// <summary>
/// The graph model's labels as the API names them (docs/graph-model.md): a kind per primary label, the property
/// that holds a record's number, its main date and the amounts it may carry.
/// </summary>
public static class NodeKinds
{
    /// <summary>Second labels that every entity / record carries and that say nothing about its kind.</summary>
    public static readonly IReadOnlySet<string> GroupLabels = new HashSet<string>(StringComparer.Ordinal) { "Entity", "Record" };

    private static readonly Dictionary<string, string> KindByLabel = new(StringComparer.Ordinal)
    {
        ["Person"] = "person",
        ["Company"] = "company",
        ["Case"] = "case",
        ["Bankruptcy"] = "bankruptcy",
        ["Claim"] = "claim",
        ["Award"] = "award",
        ["Auction"] = "auction",
        ["Bid"] = "bid",
        ["Invoice"] = "invoice",
        ["InsuranceClaim"] = "insurance_claim",
        ["Phone"] = "phone",
        ["Address"] = "address",
        ["LawFirm"] = "law_firm",
        ["Court"] = "court",
        ["MediatorOrg"] = "mediator_org",
        ["Vehicle"] = "vehicle",
    };

    private static readonly Dictionary<string, string> LabelByKind = KindByLabel.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>Record label → the property holding its number (the natural key as written).</summary>
    public static readonly IReadOnlyDictionary<string, string> RecordNumberProperty = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Case"] = "case_no",
        ["Bankruptcy"] = "bankruptcy_no",
        ["Claim"] = "claim_no",
        ["Award"] = "award_no",
        ["Auction"] = "auction_id",
        ["Invoice"] = "invoice_no",
        ["InsuranceClaim"] = "claim_no",
    };

    /// <summary>The property a node of this primary label is captioned by (its key without the label when it has none).</summary>
    public static string CaptionProperty(string label) => label switch
    {
        "Phone" => "number",
        "Address" => "text",
        "Vehicle" => "plate",
        _ when RecordNumberProperty.TryGetValue(label, out var number) => number,
        _ => "name",
    };

    /// <summary>Record label → its main date, first present wins.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> RecordDateProperties = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Case"] = ["filed_on", "closed_on"],
        ["Bankruptcy"] = ["accepted_on"],
        ["Claim"] = ["declared_on"],
        ["Award"] = ["filed_on", "closed_on"],
        ["Auction"] = ["starts_at", "notice_on"],
        ["Bid"] = ["bid_at"],
        ["Invoice"] = ["issued_on"],
        ["InsuranceClaim"] = ["accident_on"],
    };

    public static readonly IReadOnlyList<string> AmountProperties =
        ["amount_claimed", "amount_awarded", "amount_declared", "amount_confirmed", "amount", "deal_price", "appraisal_price", "amount_paid", "monthly_wage_claimed"];

    public static readonly IReadOnlyList<string> RecordLabels = [.. RecordDateProperties.Keys];

    public static string KindOf(string label) => KindByLabel.TryGetValue(label, out var kind) ? kind : label.ToLowerInvariant();

    public static string? LabelOf(string kind) => LabelByKind.GetValueOrDefault(kind);

    public static bool IsRecordLabel(string label) => RecordDateProperties.ContainsKey(label);
}
