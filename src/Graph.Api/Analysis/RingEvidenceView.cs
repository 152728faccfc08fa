namespace Graph.Api.Analysis;

/// <summary>One rule hit inside a ring as a sentence, with the numbers of the records it cites.</summary>
public sealed record RingEvidenceView(string Rule, string Model, double Weight, string Text, IReadOnlyList<string> Records);
