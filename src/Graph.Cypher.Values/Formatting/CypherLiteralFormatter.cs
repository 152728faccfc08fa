using System.Text;
using Graph.Cypher.Values.Elements;

namespace Graph.Cypher.Values.Formatting;

/// <summary>
/// Writes values in the literal form of TCK result tables: 'text', 1.0, [1, 2], {k: v},
/// (:A {p: 1}), [:T {p: 1}], &lt;(:A)-[:T]-&gt;(:B)&gt;; temporals as their quoted ISO string.
/// Without a graph context, nodes and relationships print as their ids.
/// </summary>
public static class CypherLiteralFormatter
{
    public static string Format(CypherValue value, IGraphValueContext? graph = null)
    {
        var text = new StringBuilder();
        Append(text, value, graph);
        return text.ToString();
    }

    private static void Append(StringBuilder text, CypherValue value, IGraphValueContext? graph)
    {
        switch (value.Kind)
        {
            case CypherValueKind.Null:
                text.Append("null");
                break;
            case CypherValueKind.String:
                AppendQuoted(text, value.AsString);
                break;
            case CypherValueKind.List:
                text.Append('[');
                AppendJoined(text, value.AsList, (t, v) => Append(t, v, graph));
                text.Append(']');
                break;
            case CypherValueKind.Map:
                AppendProperties(text, value.AsMap.Select(e => (e.Key, e.Value)), graph, emptyAsBraces: true);
                break;
            case CypherValueKind.Node:
            case CypherValueKind.Relationship:
            case CypherValueKind.Path:
                GraphElementFormatter.Append(text, value, graph, (t, v) => Append(t, v, graph));
                break;
            default:
                var scalar = CypherStringConversion.TryConvert(value)!;
                if (value.IsTemporal)
                {
                    AppendQuoted(text, scalar);
                }
                else
                {
                    text.Append(scalar);
                }

                break;
        }
    }

    internal static void AppendProperties(
        StringBuilder text, IEnumerable<(string Key, CypherValue Value)> properties, IGraphValueContext? graph, bool emptyAsBraces)
    {
        var list = properties.ToList();
        if (list.Count == 0 && !emptyAsBraces)
        {
            return;
        }

        text.Append('{');
        AppendJoined(text, list, (t, p) =>
        {
            t.Append(p.Key).Append(": ");
            Append(t, p.Value, graph);
        });
        text.Append('}');
    }

    private static void AppendJoined<T>(StringBuilder text, IEnumerable<T> items, Action<StringBuilder, T> append)
    {
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                text.Append(", ");
            }

            append(text, item);
            first = false;
        }
    }

    private static void AppendQuoted(StringBuilder text, string value) =>
        text.Append('\'').Append(value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)).Append('\'');
}
