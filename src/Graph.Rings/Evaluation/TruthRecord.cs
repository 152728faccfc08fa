namespace Graph.Rings.Evaluation;

/// <summary>A record of a planted ring: its file kind ("cases", "invoices"...) and natural key.</summary>
public sealed record TruthRecord(string Kind, string Key);
