namespace Graph.Rings.Evaluation;

/// <summary>A person or company in the truth.</summary>
/// <param name="Entity">The truth's own identifier of the entity (e.g. "P0000123").</param>
/// <param name="Id">The true resident id or USCC.</param>
public sealed record TruthEntity(string Entity, string Kind, string Name, string? Id);
