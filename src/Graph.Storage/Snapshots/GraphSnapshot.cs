using Graph.Storage.Columns;
using Graph.Storage.Reading;
using Graph.Storage.State;

namespace Graph.Storage.Snapshots;

/// <summary>
/// One published, immutable view of the graph. Everything it reads is either built for it
/// (adjacency, label lists, indexes) or frozen chunks and append-only data the writer never
/// changes, so it stays consistent however long a reader keeps it.
/// </summary>
internal sealed partial class GraphSnapshot : IGraphReader
{
    public required long Version { get; init; }

    public required int NodeCount { get; init; }

    public required int RelationshipCount { get; init; }

    public required IReadOnlyList<string> Labels { get; init; }

    public required IReadOnlyList<string> RelationshipTypes { get; init; }

    public required IReadOnlyList<string> PropertyKeys { get; init; }

    internal required Dictionary<string, int> LabelIds { get; init; }

    internal required Dictionary<string, int> TypeIds { get; init; }

    internal required Dictionary<string, int> KeyIds { get; init; }

    internal required IReadOnlyDictionary<string, string> Meta { get; init; }

    internal required StringColumnView NodeKeys { get; init; }

    internal required StringIdTable NodeKeyTable { get; init; }

    internal required StringColumnView Strings { get; init; }

    internal required StringIdTable StringTable { get; init; }

    internal required ColumnView<ulong> NodeLabelMasks { get; init; }

    internal required Dictionary<ulong, int[]> LabelSets { get; init; }

    /// <summary>Adjacency, label lists and indexes: what publish builds and a checkpoint persists.</summary>
    internal required SnapshotStructure Structure { get; init; }

    internal int[][] NodesByLabel => Structure.NodesByLabel;

    internal Csr Outgoing => Structure.Outgoing;

    internal Csr Incoming => Structure.Incoming;

    internal required ColumnView<ushort> RelationshipTypeColumn { get; init; }

    internal required ColumnView<int> RelationshipDiscriminators { get; init; }

    internal required ColumnView<int> Starts { get; init; }

    internal required ColumnView<int> Ends { get; init; }

    internal required ColumnView<long> NodePropertyRecords { get; init; }

    internal required ColumnView<long> RelationshipPropertyRecords { get; init; }

    internal required ArenaView Arena { get; init; }

    internal Dictionary<(int Label, int Key), PropertyIndex> Indexes => Structure.Indexes;

    public int LabelId(string name) => LabelIds.TryGetValue(name, out int id) ? id : -1;

    public int RelationshipTypeId(string name) => TypeIds.TryGetValue(name, out int id) ? id : -1;

    public int PropertyKeyId(string name) => KeyIds.TryGetValue(name, out int id) ? id : -1;

    public string? GetMeta(string name) => Meta.TryGetValue(name, out string? value) ? value : null;

    public ReadOnlySpan<int> NodesWithLabel(int labelId) =>
        (uint)labelId < (uint)NodesByLabel.Length ? NodesByLabel[labelId] : [];

    public ReadOnlySpan<int> LabelsOf(int node) => LabelSets[NodeLabelMasks[node] & NodeColumns.LabelBits];

    public bool NodeExists(int node) => (uint)node < (uint)NodeCount && (NodeLabelMasks[node] & NodeColumns.DeletedBit) == 0;

    public bool RelationshipExists(int relationship) =>
        (uint)relationship < (uint)RelationshipCount && RelationshipTypeColumn[relationship] != RelationshipColumns.DeletedType;

    public string RelationshipDiscriminator(int relationship) => Strings[RelationshipDiscriminators[relationship]];

    public bool HasLabel(int node, int labelId) =>
        (uint)labelId < GraphState.MaxLabels && (NodeLabelMasks[node] & (1UL << labelId)) != 0;

    public string NodeKey(int node) => NodeKeys[node];

    public int FindNodeByKey(string key)
    {
        int node = NodeKeyTable.FindVisible(key, NodeKeys);
        return node >= 0 && NodeExists(node) ? node : -1;
    }

    public int RelationshipType(int relationship) => RelationshipTypeColumn[relationship];

    public int StartNode(int relationship) => Starts[relationship];

    public int EndNode(int relationship) => Ends[relationship];
}
