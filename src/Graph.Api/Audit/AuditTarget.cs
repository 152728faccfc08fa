namespace Graph.Api.Audit;

/// <summary>What a request looked at, kept with a cached response so that a cache hit is audited like the first view.</summary>
public sealed record AuditTarget(string Action, string Kind, string Key, string? Detail);
