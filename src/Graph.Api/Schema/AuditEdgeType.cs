using Graph.Api.Audit;

namespace Graph.Api.Schema;

/// <summary>An edge of the audit log.</summary>
public sealed class AuditEdgeType() : EdgeGraphType<AuditEntryType, AuditEntry>("AuditEdge");
