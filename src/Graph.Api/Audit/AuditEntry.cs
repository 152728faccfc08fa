namespace Graph.Api.Audit;

/// <summary>Who looked at what, and when: an action (ENTITY_VIEWED, RING_VIEWED...) on a target (its kind and key).</summary>
public sealed record AuditEntry(long Id, DateTimeOffset At, string Principal, IReadOnlyList<string> Roles, string Action, string TargetKind, string TargetKey, string? Detail);
