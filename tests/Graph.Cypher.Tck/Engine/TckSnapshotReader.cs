using Graph.Storage.Reading;

namespace Graph.Cypher.Tck.Engine;

/// <summary>
/// The graph as sets for side-effect diffs. Ids are the store's ids with a kind prefix ("n3", "r3"), unique across both
/// kinds as the snapshot requires; the store never reuses ids (deletes are tombstones), so an id seen before and after a
/// query is the same element.
/// </summary>
public static class TckSnapshotReader
{
    public static TckGraphSnapshot Read(IGraphReader graph)
    {
        var nodes = new HashSet<string>(StringComparer.Ordinal);
        var relationships = new HashSet<string>(StringComparer.Ordinal);
        var labels = new HashSet<string>(StringComparer.Ordinal);
        var properties = new HashSet<TckPropertyEntry>();

        for (var node = 0; node < graph.NodeCount; node++)
        {
            if (!graph.NodeExists(node))
            {
                continue;
            }

            var id = NodeId(node);
            nodes.Add(id);
            foreach (var label in graph.LabelsOf(node))
            {
                labels.Add(graph.Labels[label]);
            }

            AddProperties(properties, id, graph.NodeProperties(node), graph);
        }

        for (var relationship = 0; relationship < graph.RelationshipCount; relationship++)
        {
            if (!graph.RelationshipExists(relationship))
            {
                continue;
            }

            var id = RelationshipId(relationship);
            relationships.Add(id);
            AddProperties(properties, id, graph.RelationshipProperties(relationship), graph);
        }

        return new TckGraphSnapshot(nodes, relationships, labels, properties);
    }

    public static string NodeId(int node) => "n" + node.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string RelationshipId(int relationship) => "r" + relationship.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void AddProperties(
        HashSet<TckPropertyEntry> into, string id, IEnumerable<KeyValuePair<int, Graph.Storage.Values.PropertyValue>> properties, IGraphReader graph)
    {
        foreach (var (key, value) in properties)
        {
            if (!value.IsNull)
            {
                into.Add(TckPropertyEntry.Of(id, graph.PropertyKeys[key], TckValueConverter.ToTck(value, graph)));
            }
        }
    }
}
