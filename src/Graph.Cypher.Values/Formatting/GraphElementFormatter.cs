using System.Globalization;
using System.Text;
using Graph.Cypher.Values.Elements;

namespace Graph.Cypher.Values.Formatting;

/// <summary>Writes nodes as (:A:B {p: 1}), relationships as [:T {p: 1}] and paths as &lt;(…)-[…]-&gt;(…)&gt;.</summary>
internal static class GraphElementFormatter
{
    public static void Append(StringBuilder text, CypherValue value, IGraphValueContext? graph, Action<StringBuilder, CypherValue> appendValue)
    {
        switch (value.Kind)
        {
            case CypherValueKind.Node:
                AppendNode(text, value.AsNodeId, graph);
                break;
            case CypherValueKind.Relationship:
                AppendRelationship(text, value.AsRelationshipId, graph);
                break;
            default:
                AppendPath(text, value, graph);
                break;
        }
    }

    private static void AppendNode(StringBuilder text, int node, IGraphValueContext? graph)
    {
        text.Append('(');
        if (graph is null)
        {
            text.Append('#').Append(node.ToString(CultureInfo.InvariantCulture)).Append(')');
            return;
        }

        foreach (var label in graph.LabelsOf(node))
        {
            text.Append(':').Append(label);
        }

        var properties = graph.NodePropertyKeys(node).Select(k => (k, graph.NodeProperty(node, k))).ToList();
        if (properties.Count > 0 && graph.LabelsOf(node).Count > 0)
        {
            text.Append(' ');
        }

        CypherLiteralFormatter.AppendProperties(text, properties, graph, emptyAsBraces: false);
        text.Append(')');
    }

    private static void AppendRelationship(StringBuilder text, int relationship, IGraphValueContext? graph)
    {
        text.Append('[');
        if (graph is null)
        {
            text.Append('#').Append(relationship.ToString(CultureInfo.InvariantCulture)).Append(']');
            return;
        }

        text.Append(':').Append(graph.TypeOf(relationship));
        var properties = graph.RelationshipPropertyKeys(relationship).Select(k => (k, graph.RelationshipProperty(relationship, k))).ToList();
        if (properties.Count > 0)
        {
            text.Append(' ');
        }

        CypherLiteralFormatter.AppendProperties(text, properties, graph, emptyAsBraces: false);
        text.Append(']');
    }

    private static void AppendPath(StringBuilder text, CypherValue value, IGraphValueContext? graph)
    {
        var path = value.AsPath;
        text.Append('<');
        AppendNode(text, path.Nodes[0], graph);
        for (var i = 0; i < path.Length; i++)
        {
            var relationship = path.Relationships[i];
            var forward = graph is null || graph.StartNodeOf(relationship) == path.Nodes[i];
            text.Append(forward ? "-" : "<-");
            AppendRelationship(text, relationship, graph);
            text.Append(forward ? "->" : "-");
            AppendNode(text, path.Nodes[i + 1], graph);
        }

        text.Append('>');
    }
}
