using Graph.Storage.Values;
using Graph.Storage.Writing;

namespace Graph.Loading.Tests.Support;

/// <summary>Applies batches the way the store's contract says (upsert by key, relationship by type+ends+discriminator), in memory.</summary>
internal sealed class RecordedGraph
{
    public Dictionary<string, (HashSet<string> Labels, Dictionary<string, PropertyValue> Properties)> Nodes { get; } = new(StringComparer.Ordinal);

    public Dictionary<(string Type, string From, string To, string Discriminator), Dictionary<string, PropertyValue>> Relationships { get; } = [];

    public void Apply(GraphBatch batch)
    {
        foreach (var mutation in batch.Mutations)
        {
            switch (mutation)
            {
                case UpsertNodeMutation node:
                    var entry = Node(node.Key);
                    entry.Labels.UnionWith(node.Labels);
                    foreach (var (k, v) in node.Properties)
                    {
                        entry.Properties[k] = v;
                    }

                    break;
                case UpsertRelationshipMutation rel:
                    Assert.True(Nodes.ContainsKey(rel.FromKey), $"start node {rel.FromKey} missing");
                    Assert.True(Nodes.ContainsKey(rel.ToKey), $"end node {rel.ToKey} missing");
                    var key = (rel.Type, rel.FromKey, rel.ToKey, rel.Discriminator);
                    if (!Relationships.TryGetValue(key, out var props))
                    {
                        Relationships[key] = props = new Dictionary<string, PropertyValue>(StringComparer.Ordinal);
                    }

                    foreach (var (k, v) in rel.Properties)
                    {
                        props[k] = v;
                    }

                    break;
                case AddToNodeListMutation list:
                    var target = Node(list.Key);
                    var current = target.Properties.TryGetValue(list.Property, out var value) ? value.AsStringList : [];
                    if (!current.Contains(list.Value))
                    {
                        target.Properties[list.Property] = PropertyValue.From([.. current, list.Value]);
                    }

                    break;
            }
        }
    }

    public IEnumerable<(string Type, string From, string To, string Discriminator)> Rels(string type) =>
        Relationships.Keys.Where(k => k.Type == type);

    public PropertyValue Prop(string key, string property) => Nodes[key].Properties.GetValueOrDefault(property);

    private (HashSet<string> Labels, Dictionary<string, PropertyValue> Properties) Node(string key)
    {
        if (!Nodes.TryGetValue(key, out var entry))
        {
            Nodes[key] = entry = (new HashSet<string>(StringComparer.Ordinal), new Dictionary<string, PropertyValue>(StringComparer.Ordinal));
        }

        return entry;
    }
}
