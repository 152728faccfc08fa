namespace Graph.Api.Analysis;

/// <summary>A person or company named by a hit or a ring: node key, kind, name and resident id / USCC when known.</summary>
public sealed record HitEntityView(string Key, string Kind, string Name, string? Identifier);
