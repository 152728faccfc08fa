using Graph.Storage.Values;

namespace Graph.Cypher.Engine.Transactions;

/// <summary>The current labels and properties of a node or relationship the transaction created or changed.</summary>
internal sealed class ElementState
{
    public HashSet<int> Labels { get; } = [];

    public Dictionary<int, PropertyValue> Properties { get; } = [];
}
