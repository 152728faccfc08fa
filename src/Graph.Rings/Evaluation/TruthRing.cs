namespace Graph.Rings.Evaluation;

/// <summary>A planted ring: its fraud model, the signals it was built to show, its members and records.</summary>
public sealed record TruthRing(string Id, string Model, IReadOnlyList<string> Signals, IReadOnlyList<TruthEntity> Members, IReadOnlyList<TruthRecord> Records);
