namespace Graph.Api.Audit;

/// <summary>A filter over the audit log, newest first; <see cref="BeforeId"/> continues after the last page.</summary>
public sealed record AuditQuery(string? Principal, string? TargetKey, string? Action, DateTimeOffset? Since, long? BeforeId, int Limit);
