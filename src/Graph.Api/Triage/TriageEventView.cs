namespace Graph.Api.Triage;

/// <summary>One decision in a ring's history.</summary>
public sealed record TriageEventView(RingStatus Status, string? Note, string By, DateTimeOffset At);
