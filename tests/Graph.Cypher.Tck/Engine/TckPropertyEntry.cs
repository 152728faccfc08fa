using Graph.Cypher.Tck.Values;

namespace Graph.Cypher.Tck.Engine;

/// <summary>One property of one node or relationship; the value is kept as TCK text so entries compare by value.</summary>
public sealed record TckPropertyEntry(string EntityId, string Key, string ValueText)
{
    public static TckPropertyEntry Of(string entityId, string key, TckValue value) => new(entityId, key, TckValueFormatter.Format(value));
}
