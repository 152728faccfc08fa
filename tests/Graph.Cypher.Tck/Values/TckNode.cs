namespace Graph.Cypher.Tck.Values;

/// <summary>A node as the TCK sees it: labels and properties, never an identity.</summary>
public sealed class TckNode(IReadOnlyList<string> labels, TckMap properties) : TckValue
{
    public IReadOnlyList<string> Labels { get; } = labels;

    public TckMap Properties { get; } = properties;
}
