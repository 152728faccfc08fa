namespace Graph.Generation.Truth;

/// <summary>A record by file base name and natural key (case_no, claim_no, award_no, auction_id, invoice_no, ...).</summary>
public readonly record struct RecordKey(string Kind, string Key);
