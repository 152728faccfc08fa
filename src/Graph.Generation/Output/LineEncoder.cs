using System.Text;

namespace Graph.Generation.Output;

/// <summary>Renders a row as one CSV (RFC 4180) or NDJSON line. Values never contain newlines, so one row is one line.</summary>
public static class LineEncoder
{
    public static string Csv(IReadOnlyList<string?> values)
    {
        var sb = new StringBuilder(256);
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            AppendCsvField(sb, values[i]);
        }

        return sb.ToString();
    }

    public static void AppendCsvField(StringBuilder sb, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        var needsQuotes = value.AsSpan().IndexOfAny(",\"") >= 0 || value[0] == ' ' || value[^1] == ' ';
        if (!needsQuotes)
        {
            sb.Append(value);
            return;
        }

        sb.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    public static string Ndjson(FileSchema schema, IReadOnlyList<string?> values)
    {
        var sb = new StringBuilder(320);
        sb.Append('{');
        var first = true;
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not { } value)
            {
                continue;
            }

            if (!first)
            {
                sb.Append(',');
            }

            first = false;
            AppendJsonString(sb, schema.Columns[i]);
            sb.Append(':');
            if (schema.IsNumeric(i) && decimal.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                sb.Append(value);
            }
            else
            {
                AppendJsonString(sb, value);
            }
        }

        return sb.Append('}').ToString();
    }

    public static void AppendJsonString(StringBuilder sb, string value)
    {
        sb.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case < ' ':
                    sb.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        sb.Append('"');
    }
}
