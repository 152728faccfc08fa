namespace Graph.Rings.Evaluation;

/// <summary>An honest look-alike (big law firm, institutional plaintiff, shared compound...) and the entities it involves.</summary>
public sealed record TruthTrap(string Kind, string Description, IReadOnlyList<TruthEntity> Entities);
