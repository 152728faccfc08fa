using Graph.Cypher.Engine.Execution;
using Graph.Storage.Reading;
using Graph.Storage.Values;

namespace Graph.Cypher.Engine.Transactions;

/// <summary>
/// A write query's view of the graph: the snapshot plus the query's own changes, so that
/// CREATE (a) WITH a MATCH (a)-->(b) sees a. New nodes and relationships take ids after the
/// snapshot's. Nothing reaches the store until <see cref="ToBatch"/> turns the final state into
/// one atomic batch. Reads of changed elements allocate; the untouched graph is read as is.
/// </summary>
public sealed partial class TransactionOverlay : IGraphReader
{
    private readonly IGraphReader _base;
    private readonly TokenList _labels;
    private readonly TokenList _types;
    private readonly TokenList _keys;
    private readonly List<string> _newNodeKeys = [];
    private readonly Dictionary<string, int> _newNodeIds = new(StringComparer.Ordinal);
    private readonly Dictionary<int, ElementState> _nodes = [];
    private readonly Dictionary<int, Dictionary<int, PropertyValue>> _relationshipProperties = [];
    private readonly List<NewRelationship> _newRelationships = [];
    private readonly HashSet<int> _deletedNodes = [];
    private readonly HashSet<int> _deletedRelationships = [];

    /// <summary>Nodes deleted without DETACH while they still had relationships; checked by <see cref="ValidateDeletes"/>.</summary>
    private readonly HashSet<int> _connectedDeletes = [];

    public TransactionOverlay(IGraphReader snapshot)
    {
        _base = snapshot;
        _labels = new TokenList(snapshot.Labels);
        _types = new TokenList(snapshot.RelationshipTypes);
        _keys = new TokenList(snapshot.PropertyKeys);
    }

    /// <summary>Whether the transaction changed anything.</summary>
    public bool HasChanges => _nodes.Count > 0 || _newRelationships.Count > 0 || _relationshipProperties.Count > 0 || _deletedNodes.Count > 0 || _deletedRelationships.Count > 0;

    public long Version => _base.Version;

    public int NodeCount => _base.NodeCount + _newNodeKeys.Count;

    public int RelationshipCount => _base.RelationshipCount + _newRelationships.Count;

    public IReadOnlyList<string> Labels => _labels.Names;

    public IReadOnlyList<string> RelationshipTypes => _types.Names;

    public IReadOnlyList<string> PropertyKeys => _keys.Names;

    public int LabelId(string name) => _labels.Find(name);

    public int RelationshipTypeId(string name) => _types.Find(name);

    public int PropertyKeyId(string name) => _keys.Find(name);

    public string? GetMeta(string name) => _base.GetMeta(name);

    public bool HasIndex(int labelId, int keyId) => _base.HasIndex(labelId, keyId);

    private bool IsNew(int node) => node >= _base.NodeCount;

    private bool IsNewRelationship(int relationship) => relationship >= _base.RelationshipCount;

    private NewRelationship Created(int relationship) => _newRelationships[relationship - _base.RelationshipCount];

    private bool IsDeletedNode(int node) => _deletedNodes.Count > 0 && _deletedNodes.Contains(node);

    private bool IsDeletedRelationship(int relationship) => _deletedRelationships.Count > 0 && _deletedRelationships.Contains(relationship);

    /// <summary>Reading or writing an element deleted earlier in the query: the TCK's EntityNotFound / DeletedEntityAccess.</summary>
    private static QueryExecutionException Deleted(string what, int id) =>
        new(ExecutionErrorCodes.DeletedElement, $"The {what} #{id} was deleted earlier in this query.", "EntityNotFound", "DeletedEntityAccess");
}
