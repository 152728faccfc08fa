using Graph.Storage.Values;

namespace Graph.Storage.Writing;

/// <summary>
/// A unit of work for the single writer, addressed by natural keys rather than ids so that
/// replaying the same records changes nothing. Committed atomically: after a crash the store
/// holds all of a batch or none of it.
/// </summary>
public sealed class GraphBatch
{
    private readonly List<GraphMutation> _mutations = [];

    public IReadOnlyList<GraphMutation> Mutations => _mutations;

    public int Count => _mutations.Count;

    /// <summary>Creates the node when the key is new; adds labels and sets (overwrites) the given properties.</summary>
    public void UpsertNode(string key, IReadOnlyList<string> labels, IReadOnlyList<KeyValuePair<string, PropertyValue>> properties) =>
        _mutations.Add(new UpsertNodeMutation(key, labels, properties));

    /// <summary>
    /// Creates the relationship unless one with the same type, ends and discriminator exists;
    /// sets (overwrites) the given properties. Both end nodes must exist by the end of the batch.
    /// </summary>
    public void UpsertRelationship(string type, string fromKey, string toKey, string discriminator, IReadOnlyList<KeyValuePair<string, PropertyValue>> properties) =>
        _mutations.Add(new UpsertRelationshipMutation(type, fromKey, toKey, discriminator, properties));

    /// <summary>Appends a value to a string-list property unless already present (provenance, name variants).</summary>
    public void AddToNodeList(string key, string property, string value) =>
        _mutations.Add(new AddToNodeListMutation(key, property, value));

    /// <summary>Prefix of the keys the store generates for nodes created without a natural key (Cypher CREATE).</summary>
    public const string GeneratedKeyPrefix = "~";

    /// <summary>
    /// Creates a node with a fresh generated key and returns the key, which later mutations of the
    /// batch (and later batches) use to address it. The key is logged, so replay recreates the same node.
    /// </summary>
    public string CreateNode(IReadOnlyList<string> labels, IReadOnlyList<KeyValuePair<string, PropertyValue>> properties)
    {
        string key = GeneratedKeyPrefix + Guid.NewGuid().ToString("N");
        UpsertNode(key, labels, properties);
        return key;
    }

    /// <summary>Creates a new relationship (never deduplicated) and returns its generated discriminator.</summary>
    public string CreateRelationship(string type, string fromKey, string toKey, IReadOnlyList<KeyValuePair<string, PropertyValue>> properties)
    {
        string discriminator = GeneratedKeyPrefix + Guid.NewGuid().ToString("N");
        UpsertRelationship(type, fromKey, toKey, discriminator, properties);
        return discriminator;
    }

    /// <summary>
    /// Deletes a node. Without detach the batch fails (STORE_NODE_HAS_RELATIONSHIPS) if relationships
    /// remain after the batch's relationship deletions; with detach they are deleted too. A batch that
    /// deletes a node may not otherwise mention its key (STORE_DELETED_NODE_REUSED).
    /// </summary>
    public void DeleteNode(string key, bool detach) => _mutations.Add(new DeleteNodeMutation(key, detach));

    /// <summary>Deletes the relationship with this identity (type, ends, discriminator); a no-op when it does not exist.</summary>
    public void DeleteRelationship(string type, string fromKey, string toKey, string discriminator) =>
        _mutations.Add(new DeleteRelationshipMutation(type, fromKey, toKey, discriminator));

    public void RemoveLabels(string key, IReadOnlyList<string> labels) => _mutations.Add(new RemoveLabelsMutation(key, labels));

    /// <summary>Removes node properties (sets them to null); the node is created if the key is new, as with any upsert.</summary>
    public void RemoveNodeProperties(string key, IReadOnlyList<string> properties)
    {
        var nulls = new KeyValuePair<string, PropertyValue>[properties.Count];
        for (int i = 0; i < nulls.Length; i++)
        {
            nulls[i] = new(properties[i], PropertyValue.Null);
        }

        UpsertNode(key, [], nulls);
    }
}
