using Graph.Api.Audit;

namespace Graph.Api.Schema;

/// <summary>The audit log, newest first.</summary>
public sealed class AuditConnectionType() : ConnectionGraphType<AuditEntryType, AuditEdgeType, AuditEntry>("AuditConnection");
