namespace Graph.Api.Model;

/// <summary>
/// How an entity and a record are joined: the relationship, the party's role and side, and — the entity's
/// provenance — how the loader matched the reference (<c>matched</c>) and the reference as written in the record.
/// </summary>
public sealed record RecordLinkView(
    string EntityKey,
    string RecordKey,
    string RecordKind,
    string RecordNumber,
    string Relationship,
    string? Role,
    string? Side,
    string? Matched,
    string? Source,
    string? RefName,
    string? RefId,
    string? RefPhone,
    string? RefAddress);
