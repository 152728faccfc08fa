using Graph.Storage.Reading;
using Graph.Storage.Values;

namespace Graph.Rules.Checking;

/// <summary>
/// A graph with nothing in it, so that rules can be planned by the engine (and planner refusals found) without a store:
/// `graph rules check` runs on a fresh checkout.
/// </summary>
public sealed class EmptyGraphReader : IGraphReader
{
    public static EmptyGraphReader Instance { get; } = new();

    public long Version => 0;

    public int NodeCount => 0;

    public int RelationshipCount => 0;

    public IReadOnlyList<string> Labels => [];

    public IReadOnlyList<string> RelationshipTypes => [];

    public IReadOnlyList<string> PropertyKeys => [];

    public int LabelId(string name) => -1;

    public int RelationshipTypeId(string name) => -1;

    public int PropertyKeyId(string name) => -1;

    public ReadOnlySpan<int> NodesWithLabel(int labelId) => [];

    public ReadOnlySpan<int> LabelsOf(int node) => [];

    public bool HasLabel(int node, int labelId) => false;

    public string NodeKey(int node) => throw new ArgumentOutOfRangeException(nameof(node));

    public ReadOnlySpan<int> Neighbours(int node, int typeId, Direction direction) => [];

    public ReadOnlySpan<int> RelationshipsOf(int node, int typeId, Direction direction) => [];

    public int Degree(int node, int typeId, Direction direction) => 0;

    public bool NodeExists(int node) => false;

    public bool RelationshipExists(int relationship) => false;

    public string RelationshipDiscriminator(int relationship) => throw new ArgumentOutOfRangeException(nameof(relationship));

    public int RelationshipType(int relationship) => throw new ArgumentOutOfRangeException(nameof(relationship));

    public int StartNode(int relationship) => throw new ArgumentOutOfRangeException(nameof(relationship));

    public int EndNode(int relationship) => throw new ArgumentOutOfRangeException(nameof(relationship));

    public PropertyValue NodeProperty(int node, int keyId) => PropertyValue.Null;

    public PropertyValue RelationshipProperty(int relationship, int keyId) => PropertyValue.Null;

    public IEnumerable<KeyValuePair<int, PropertyValue>> NodeProperties(int node) => [];

    public IEnumerable<KeyValuePair<int, PropertyValue>> RelationshipProperties(int relationship) => [];

    public bool HasIndex(int labelId, int keyId) => false;

    public ReadOnlySpan<int> FindNodes(int labelId, int keyId, PropertyValue value) => [];

    public int FindNodeByKey(string key) => -1;

    public string? GetMeta(string name) => null;
}
