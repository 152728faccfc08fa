namespace Graph.Cypher.Tck.Engine;

/// <summary>
/// What is in a graph, by identity: node and relationship ids (any stable text the engine likes, unique
/// across both kinds), the label names in use, and every property entry.
/// </summary>
public sealed record TckGraphSnapshot(
    IReadOnlySet<string> Nodes,
    IReadOnlySet<string> Relationships,
    IReadOnlySet<string> Labels,
    IReadOnlySet<TckPropertyEntry> Properties)
{
    public static readonly TckGraphSnapshot Empty = new(
        new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<TckPropertyEntry>());
}
