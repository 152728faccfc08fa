using Graph.Storage.Reading;

namespace Graph.Loading.Tests.Support;

/// <summary>Every node (key, labels, properties) and relationship of a snapshot as sorted text, for whole-graph comparisons.</summary>
internal static class GraphDump
{
    public static List<string> Of(IGraphReader graph)
    {
        var lines = new List<string>();
        for (var node = 0; node < graph.NodeCount; node++)
        {
            var labels = string.Join(",", graph.LabelsOf(node).ToArray().Select(l => graph.Labels[l]).Order(StringComparer.Ordinal));
            lines.Add($"N {graph.NodeKey(node)} [{labels}] {Properties(graph, graph.NodeProperties(node))}");
        }

        for (var rel = 0; rel < graph.RelationshipCount; rel++)
        {
            lines.Add($"R {graph.NodeKey(graph.StartNode(rel))} -{graph.RelationshipTypes[graph.RelationshipType(rel)]}-> " +
                      $"{graph.NodeKey(graph.EndNode(rel))} {Properties(graph, graph.RelationshipProperties(rel))}");
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static string Properties(IGraphReader graph, IEnumerable<KeyValuePair<int, Graph.Storage.Values.PropertyValue>> properties) =>
        string.Join(" ", properties.Select(p => $"{graph.PropertyKeys[p.Key]}={p.Value}").Order(StringComparer.Ordinal));
}
