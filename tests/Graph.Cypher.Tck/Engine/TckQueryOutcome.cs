namespace Graph.Cypher.Tck.Engine;

/// <summary>What one query did: either <see cref="TckQueryResult"/> or <see cref="TckQueryError"/>.</summary>
public abstract record TckQueryOutcome;
