namespace Graph.Loading.Resolution;

/// <summary>One reference (file, line, field prefix) and the entity it resolved to, with the reason.</summary>
public sealed record ResolutionAssignment(string File, int Line, string Prefix, string EntityKey, string Matched);
