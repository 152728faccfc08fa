namespace Graph.Generation;

/// <summary>The truth about one generated entity: kind (person|company), canonical name and true id.</summary>
public sealed record EntityDescription(string Entity, string Kind, string Name, string Id);
