namespace Graph.Rings.Reports;

/// <summary>A record (case, claim, award, auction, invoice, insurance claim, bankruptcy) cited by the ring's evidence.</summary>
/// <param name="Kind">The rule's record kind as given in its hits (e.g. "case", "invoice").</param>
/// <param name="Key">Its natural key (case number, invoice number, ...).</param>
/// <param name="Date">Its main date (filing, issue, accident, auction start) when the store has one.</param>
/// <param name="Amount">Its largest money amount when the store has one.</param>
public sealed record RingRecord(int NodeId, string Kind, string Key, DateOnly? Date, decimal? Amount);
