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
}
