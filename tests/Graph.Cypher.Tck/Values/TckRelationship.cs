namespace Graph.Cypher.Tck.Values;

/// <summary>A relationship as the TCK sees it: type and properties; its ends only matter inside a path.</summary>
public sealed class TckRelationship(string type, TckMap properties) : TckValue
{
    public string Type { get; } = type;

    public TckMap Properties { get; } = properties;
}
