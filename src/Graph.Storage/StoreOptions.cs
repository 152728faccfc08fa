namespace Graph.Storage;

/// <summary>How a store is opened: which (label, property) pairs are indexed and whether commits fsync.</summary>
public sealed record StoreOptions
{
    /// <summary>The natural-key indexes of docs/graph-model.md ("Indexes").</summary>
    public static readonly IReadOnlyList<IndexSpec> ModelIndexes =
    [
        new("Case", "case_no"),
        new("Bankruptcy", "bankruptcy_no"),
        new("Claim", "claim_no"),
        new("Award", "award_no"),
        new("Auction", "auction_id"),
        new("Invoice", "invoice_no"),
        new("InsuranceClaim", "claim_no"),
        new("Person", "id_number"),
        new("Person", "name"),
        new("Company", "uscc"),
        new("Company", "name"),
        new("Phone", "number"),
        new("Address", "text"),
        new("LawFirm", "name"),
        new("Vehicle", "plate"),
    ];

    /// <summary>The model's indexes, durable commits.</summary>
    public static StoreOptions Default { get; } = new();

    public IReadOnlyList<IndexSpec> Indexes { get; init; } = ModelIndexes;

    /// <summary>Whether a commit waits for the log to reach the disk (fsync). Off only for tests and throwaway stores: a kill -9 still loses nothing, a power cut may.</summary>
    public bool Fsync { get; init; } = true;
}
