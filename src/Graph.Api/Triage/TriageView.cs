namespace Graph.Api.Triage;

/// <summary>The current decision on a ring; <see cref="Revision"/> counts the decisions so far (0: never triaged).</summary>
public sealed record TriageView(string RingId, RingStatus Status, string? Note, string? UpdatedBy, DateTimeOffset? UpdatedAt, int Revision)
{
    public static TriageView Untriaged(string ringId) => new(ringId, RingStatus.Open, null, null, null, 0);
}
