using Graph.Storage.Values;
using Graph.Storage.Writing;

namespace Graph.Storage.Tests.Support;

/// <summary>The obvious in-memory graph the store must agree with: dictionaries keyed by natural keys.</summary>
internal sealed class GraphModel
{
    public Dictionary<string, ModelNode> Nodes { get; } = new(StringComparer.Ordinal);

    public Dictionary<(string Type, string From, string To, string Discriminator), Dictionary<string, PropertyValue>> Relationships { get; } = [];

    /// <summary>The error code the store must give for the batch (mirroring its validation order), or null when it is valid.</summary>
    public string? ExpectedError(IReadOnlyList<GraphMutation> mutations)
    {
        var batchNodes = mutations.OfType<UpsertNodeMutation>().Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        var deletedKeys = mutations.OfType<DeleteNodeMutation>().Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        bool Exists(string key) => Nodes.ContainsKey(key) || batchNodes.Contains(key);
        if (batchNodes.Overlaps(deletedKeys))
        {
            return "STORE_DELETED_NODE_REUSED";
        }

        foreach (GraphMutation mutation in mutations)
        {
            string[] mentioned = mutation switch
            {
                UpsertRelationshipMutation r => [r.FromKey, r.ToKey],
                AddToNodeListMutation l => [l.Key],
                RemoveLabelsMutation l => [l.Key],
                _ => [],
            };
            if (mentioned.Any(deletedKeys.Contains))
            {
                return "STORE_DELETED_NODE_REUSED";
            }

            if (!mentioned.All(Exists) || (mutation is DeleteNodeMutation d && !Nodes.ContainsKey(d.Key)))
            {
                return "STORE_MISSING_NODE";
            }
        }

        var deletedRelationships = mutations.OfType<DeleteRelationshipMutation>().Select(r => (r.Type, r.FromKey, r.ToKey, r.Discriminator))
            .Where(Relationships.ContainsKey).ToHashSet();
        foreach (DeleteNodeMutation delete in mutations.OfType<DeleteNodeMutation>().Where(d => !d.Detach))
        {
            if (Relationships.Keys.Any(r => (r.From == delete.Key || r.To == delete.Key) && !deletedRelationships.Contains(r)))
            {
                return "STORE_NODE_HAS_RELATIONSHIPS";
            }
        }

        return null;
    }

    public void Apply(IReadOnlyList<GraphMutation> mutations)
    {
        foreach (UpsertNodeMutation node in mutations.OfType<UpsertNodeMutation>())
        {
            if (!Nodes.ContainsKey(node.Key))
            {
                Nodes[node.Key] = new ModelNode();
            }
        }

        foreach (GraphMutation mutation in mutations)
        {
            switch (mutation)
            {
                case UpsertNodeMutation node:
                    Nodes[node.Key].Labels.UnionWith(node.Labels);
                    SetAll(Nodes[node.Key].Properties, node.Properties);
                    break;
                case UpsertRelationshipMutation r:
                    var key = (r.Type, r.FromKey, r.ToKey, r.Discriminator);
                    if (!Relationships.TryGetValue(key, out Dictionary<string, PropertyValue>? properties))
                    {
                        Relationships[key] = properties = new(StringComparer.Ordinal);
                    }

                    SetAll(properties, r.Properties);
                    break;
                case AddToNodeListMutation l:
                    AddToList(Nodes[l.Key].Properties, l.Property, l.Value);
                    break;
                case RemoveLabelsMutation l:
                    Nodes[l.Key].Labels.ExceptWith(l.Labels);
                    break;
                case DeleteRelationshipMutation r:
                    Relationships.Remove((r.Type, r.FromKey, r.ToKey, r.Discriminator));
                    break;
            }
        }

        // The store deletes nodes after everything else in the batch.
        foreach (DeleteNodeMutation delete in mutations.OfType<DeleteNodeMutation>())
        {
            foreach (var key in Relationships.Keys.Where(r => r.From == delete.Key || r.To == delete.Key).ToList())
            {
                Relationships.Remove(key);
            }

            Nodes.Remove(delete.Key);
        }
    }

    public GraphModel Clone()
    {
        var copy = new GraphModel();
        foreach ((string key, ModelNode node) in Nodes)
        {
            var cloned = new ModelNode();
            cloned.Labels.UnionWith(node.Labels);
            foreach ((string name, PropertyValue value) in node.Properties)
            {
                cloned.Properties[name] = value;
            }

            copy.Nodes[key] = cloned;
        }

        foreach ((var key, Dictionary<string, PropertyValue> properties) in Relationships)
        {
            copy.Relationships[key] = new Dictionary<string, PropertyValue>(properties, StringComparer.Ordinal);
        }

        return copy;
    }

    private static void SetAll(Dictionary<string, PropertyValue> target, IReadOnlyList<KeyValuePair<string, PropertyValue>> properties)
    {
        foreach ((string name, PropertyValue value) in properties)
        {
            if (value.IsNull)
            {
                target.Remove(name);
            }
            else
            {
                target[name] = value;
            }
        }
    }

    private static void AddToList(Dictionary<string, PropertyValue> target, string name, string item)
    {
        target.TryGetValue(name, out PropertyValue existing);
        target[name] = existing.Kind switch
        {
            PropertyKind.String when existing.AsString == item => existing,
            PropertyKind.String => PropertyValue.From([existing.AsString, item]),
            PropertyKind.StringList when existing.AsStringList.Contains(item) => existing,
            PropertyKind.StringList => PropertyValue.From([.. existing.AsStringList, item]),
            _ => PropertyValue.From([item]),
        };
    }
}
