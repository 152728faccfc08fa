using Graph.Storage.Values;
using Graph.Storage.Writing;

namespace Graph.Storage.Tests.Support;

/// <summary>The obvious in-memory graph the store must agree with: dictionaries keyed by natural keys.</summary>
internal sealed class GraphModel
{
    public Dictionary<string, ModelNode> Nodes { get; } = new(StringComparer.Ordinal);

    public Dictionary<(string Type, string From, string To, string Discriminator), Dictionary<string, PropertyValue>> Relationships { get; } = [];

    public bool IsValid(IReadOnlyList<GraphMutation> mutations)
    {
        var batchNodes = mutations.OfType<UpsertNodeMutation>().Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        bool Exists(string key) => Nodes.ContainsKey(key) || batchNodes.Contains(key);
        return mutations.All(m => m switch
        {
            UpsertRelationshipMutation r => Exists(r.FromKey) && Exists(r.ToKey),
            AddToNodeListMutation l => Exists(l.Key),
            _ => true,
        });
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
            }
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
