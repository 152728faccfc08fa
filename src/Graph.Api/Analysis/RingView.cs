namespace Graph.Api.Analysis;

/// <summary>A suspected ring with keys instead of node numbers; its id is stable for the same members.</summary>
public sealed record RingView(
    string Id,
    double Score,
    IReadOnlyList<string> Models,
    decimal Amount,
    IReadOnlyList<RingMemberView> Members,
    IReadOnlyList<RingRecordView> Records,
    IReadOnlyList<RingEvidenceView> Evidence,
    IReadOnlyList<TimelineEntryView> Timeline,
    ScoreBreakdownView Breakdown);
