namespace Graph.Rings.Reports;

/// <summary>One rule hit inside the ring, as a sentence an investigator can check against the records it cites.</summary>
public sealed record RingEvidence(string Rule, string Model, double Weight, string Text, IReadOnlyList<string> Records);
