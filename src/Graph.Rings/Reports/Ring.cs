namespace Graph.Rings.Reports;

/// <summary>
/// One suspected ring: who (members), what (records), why (evidence, one entry per rule hit) and when (timeline).
/// </summary>
/// <param name="Id">Stable for the same members in the same store: a hash of the members' natural keys.</param>
/// <param name="Score">In [0, 1): the chance-like combination of the evidence (see <c>RingScorer</c>).</param>
/// <param name="Models">Fraud models of the rules that fired, strongest evidence first.</param>
/// <param name="Amount">Money involved: the sum over the ring's records of their largest amount, in yuan.</param>
public sealed record Ring(
    string Id,
    double Score,
    IReadOnlyList<string> Models,
    IReadOnlyList<RingMember> Members,
    IReadOnlyList<RingRecord> Records,
    IReadOnlyList<RingEvidence> Evidence,
    IReadOnlyList<TimelineEntry> Timeline,
    decimal Amount,
    ScoreBreakdown Breakdown);
