namespace Graph.Api.Analysis;

/// <summary>A member of a ring: the entity's node key, kind, name, identifier and how many pieces of evidence name it.</summary>
public sealed record RingMemberView(string Key, string Kind, string Name, string? Identifier, int Hits);
