namespace Graph.Rings.Evaluation;

/// <summary>
/// A listed ring that matched no planted ring, and why it likely came up: "trap:&lt;kind&gt;" when most of its
/// known members belong to an honest look-alike, "fragment" when it holds planted-ring members but too few
/// (or too diluted) to match, "unexplained" otherwise.
/// </summary>
public sealed record FalsePositive(string RingId, double Score, string Source, int Members, int TrapMembers, int RingMembers);
