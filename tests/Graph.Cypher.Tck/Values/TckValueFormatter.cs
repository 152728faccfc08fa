using System.Globalization;
using System.Text;

namespace Graph.Cypher.Tck.Values;

/// <summary>Writes values the way the TCK writes them, so a failure report reads like the feature file.</summary>
public static class TckValueFormatter
{
    public static string Format(TckValue value)
    {
        var builder = new StringBuilder();
        Append(builder, value);
        return builder.ToString();
    }

    public static string FormatFloat(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture).Replace("E", "e", StringComparison.Ordinal);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('e', StringComparison.Ordinal) ? text : text + ".0";
    }

    private static void Append(StringBuilder builder, TckValue value)
    {
        switch (value)
        {
            case TckNull:
                builder.Append("null");
                break;
            case TckBoolean boolean:
                builder.Append(boolean.Value ? "true" : "false");
                break;
            case TckInteger integer:
                builder.Append(integer.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case TckFloat number:
                builder.Append(FormatFloat(number.Value));
                break;
            case TckString text:
                builder.Append('\'').Append(text.Value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)).Append('\'');
                break;
            case TckList list:
                AppendJoined(builder, '[', list.Items, ']', Append);
                break;
            case TckMap map:
                AppendMap(builder, map);
                break;
            case TckNode node:
                AppendNode(builder, node);
                break;
            case TckRelationship relationship:
                AppendRelationship(builder, relationship);
                break;
            case TckPath path:
                AppendPath(builder, path);
                break;
        }
    }

    private static void AppendMap(StringBuilder builder, TckMap map) =>
        AppendJoined(builder, '{', map.Entries, '}', (b, entry) =>
        {
            b.Append(FormatName(entry.Key)).Append(": ");
            Append(b, entry.Value);
        });

    private static void AppendNode(StringBuilder builder, TckNode node)
    {
        builder.Append('(');
        foreach (var label in node.Labels)
        {
            builder.Append(':').Append(FormatName(label));
        }

        AppendProperties(builder, node.Properties, node.Labels.Count > 0);
        builder.Append(')');
    }

    private static void AppendRelationship(StringBuilder builder, TckRelationship relationship)
    {
        builder.Append("[:").Append(FormatName(relationship.Type));
        AppendProperties(builder, relationship.Properties, separate: true);
        builder.Append(']');
    }

    private static void AppendPath(StringBuilder builder, TckPath path)
    {
        builder.Append('<');
        AppendNode(builder, path.Start);
        foreach (var segment in path.Segments)
        {
            builder.Append(segment.PointsForward ? "-" : "<-");
            AppendRelationship(builder, segment.Relationship);
            builder.Append(segment.PointsForward ? "->" : "-");
            AppendNode(builder, segment.Node);
        }

        builder.Append('>');
    }

    private static void AppendProperties(StringBuilder builder, TckMap properties, bool separate)
    {
        if (properties.Entries.Count == 0)
        {
            return;
        }

        if (separate)
        {
            builder.Append(' ');
        }

        AppendMap(builder, properties);
    }

    private static void AppendJoined<T>(StringBuilder builder, char open, IReadOnlyList<T> items, char close, Action<StringBuilder, T> appendItem)
    {
        builder.Append(open);
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            appendItem(builder, items[i]);
        }

        builder.Append(close);
    }

    private static string FormatName(string name) =>
        name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsLetterOrDigit(c) || c == '_') ? name : $"`{name}`";
}
