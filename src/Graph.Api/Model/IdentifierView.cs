namespace Graph.Api.Model;

/// <summary>An identifier of an entity: kind (id_number, uscc, invalid_id, phone, address) and value as stored.</summary>
public sealed record IdentifierView(string Kind, string Value);
