using Graph.Storage.Values;

namespace Graph.Storage.Reading;

/// <summary>
/// The narrow read-only view of one consistent snapshot of the graph, used by the query engine
/// and the algorithms. Nodes and relationships are dense int ids (0..Count-1) valid for this
/// snapshot only; labels, relationship types and property keys are small int tokens
/// (-1 when the name is unknown). Span-returning members do not allocate.
/// Deleted nodes and relationships keep their ids as tombstones (ids are never reused): counts are
/// id ranges, <see cref="NodeExists"/> / <see cref="RelationshipExists"/> tell the live ones, and
/// no label list, adjacency, index or key lookup returns a deleted element.
/// </summary>
public interface IGraphReader
{
    /// <summary>Monotonic version of the committed data this snapshot shows.</summary>
    long Version { get; }

    /// <summary>The node id range (live nodes plus tombstones).</summary>
    int NodeCount { get; }

    /// <summary>The relationship id range (live relationships plus tombstones).</summary>
    int RelationshipCount { get; }

    IReadOnlyList<string> Labels { get; }

    IReadOnlyList<string> RelationshipTypes { get; }

    IReadOnlyList<string> PropertyKeys { get; }

    int LabelId(string name);

    int RelationshipTypeId(string name);

    int PropertyKeyId(string name);

    /// <summary>All nodes carrying the label, ascending.</summary>
    ReadOnlySpan<int> NodesWithLabel(int labelId);

    ReadOnlySpan<int> LabelsOf(int node);

    bool HasLabel(int node, int labelId);

    /// <summary>The node's natural key as given by the writer (e.g. "Case:(2019)浙0602民初1234号").</summary>
    string NodeKey(int node);

    /// <summary>
    /// Neighbour node ids over relationships of one type (or every type when typeId = -1, sorted by
    /// type) in one direction (not Both), aligned with <see cref="RelationshipsOf"/>.
    /// </summary>
    ReadOnlySpan<int> Neighbours(int node, int typeId, Direction direction);

    /// <summary>Relationship ids, aligned index by index with <see cref="Neighbours"/>.</summary>
    ReadOnlySpan<int> RelationshipsOf(int node, int typeId, Direction direction);

    /// <summary>
    /// <see cref="Neighbours"/> and <see cref="RelationshipsOf"/> of one node, type and direction in one call, so that
    /// the node's type range is looked up once.
    /// </summary>
    void Adjacency(int node, int typeId, Direction direction, out ReadOnlySpan<int> neighbours, out ReadOnlySpan<int> relationships)
    {
        neighbours = Neighbours(node, typeId, direction);
        relationships = RelationshipsOf(node, typeId, direction);
    }

    /// <summary>
    /// Whether each node's entries of one type and direction are sorted by neighbour id, then relationship id (as in a
    /// snapshot's adjacency), so that the relationships to one neighbour can be found by binary search.
    /// </summary>
    bool AdjacencySortedByNeighbour => false;

    /// <summary>Degree over one type (typeId &gt;= 0) or all types (typeId = -1); Both counts a self-loop twice.</summary>
    int Degree(int node, int typeId, Direction direction);

    /// <summary>
    /// Whether every relationship of the type, walked in the direction (Both: either way), ends at a node carrying the
    /// label, as it stands in this snapshot; then a pattern's label test on the far end is already answered. False
    /// when unknown: readers that cannot tell cheaply (write overlays) keep the test.
    /// </summary>
    bool AllEndsCarryLabel(int typeId, Direction direction, int labelId) => false;

    bool NodeExists(int node);

    bool RelationshipExists(int relationship);

    /// <summary>The discriminator that, with type and end keys, identifies the relationship to the writer.</summary>
    string RelationshipDiscriminator(int relationship);

    int RelationshipType(int relationship);

    int StartNode(int relationship);

    int EndNode(int relationship);

    PropertyValue NodeProperty(int node, int keyId);

    PropertyValue RelationshipProperty(int relationship, int keyId);

    /// <summary>Whether the node has a (non-null) value for the key, without reading the value.</summary>
    bool HasNodeProperty(int node, int keyId) => !NodeProperty(node, keyId).IsNull;

    /// <summary>Whether the relationship has a (non-null) value for the key, without reading the value.</summary>
    bool HasRelationshipProperty(int relationship, int keyId) => !RelationshipProperty(relationship, keyId).IsNull;

    /// <summary>
    /// The id under which this reader keeps the string, or <see cref="StoredStringIds.Absent"/> when no property
    /// holds it; <see cref="StoredStringIds.Unknown"/> when the reader does not intern strings. Ids compare like the
    /// strings (one id per distinct string), so equality tests need not read the text.
    /// </summary>
    int StringId(string value) => StoredStringIds.Unknown;

    /// <summary>
    /// The id of the node's string value for the key (see <see cref="StringId"/>); <see cref="StoredStringIds.Absent"/>
    /// when the node has no value for it; <see cref="StoredStringIds.Unknown"/> when the value is not a string or the
    /// reader does not intern strings (read the value instead).
    /// </summary>
    int NodePropertyStringId(int node, int keyId) => StoredStringIds.Unknown;

    /// <summary>As <see cref="NodePropertyStringId"/>, for a relationship's value.</summary>
    int RelationshipPropertyStringId(int relationship, int keyId) => StoredStringIds.Unknown;

    /// <summary>The keys present on the node (value not null).</summary>
    IEnumerable<KeyValuePair<int, PropertyValue>> NodeProperties(int node);

    IEnumerable<KeyValuePair<int, PropertyValue>> RelationshipProperties(int relationship);

    /// <summary>Whether an exact-match index exists for label.key.</summary>
    bool HasIndex(int labelId, int keyId);

    /// <summary>Nodes with the label whose property equals the value, through the index; empty when none.</summary>
    ReadOnlySpan<int> FindNodes(int labelId, int keyId, PropertyValue value);

    /// <summary>The node with the writer's natural key, or -1.</summary>
    int FindNodeByKey(string key);

    /// <summary>Store metadata (load summaries, aliases) as of this snapshot, or null.</summary>
    string? GetMeta(string name);
}
