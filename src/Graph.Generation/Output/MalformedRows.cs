using System.Text;
using Graph.Generation.Core;

namespace Graph.Generation.Output;

/// <summary>
/// Corrupts a copy of a good row the way exports break: an unescaped quote, a word where a number or
/// date belongs, a blank key, a short row, a truncated JSON object. Each kind stays on one line so
/// a reader can recover at the next line.
/// </summary>
public static class MalformedRows
{
    public static (string Line, string Reason) Render(FileSchema schema, string?[] good, bool ndjson, Rng rng)
    {
        var values = (string?[])good.Clone();
        var typed = schema.NumericColumns.Concat(schema.DateColumns).ToArray();
        var choice = rng.Next(4);
        if (choice == 1 && typed.Length > 0)
        {
            var column = rng.Pick(typed);
            values[schema.IndexOf(column)] = schema.DateColumns.Contains(column) ? rng.Pick(BadDates) : rng.Pick(BadNumbers);
            return (Encode(schema, values, ndjson), $"wrong_type:{column}");
        }

        if (choice == 2)
        {
            foreach (var key in schema.KeyColumns)
            {
                values[schema.IndexOf(key)] = ndjson ? null : "";
            }

            return (Encode(schema, values, ndjson), $"missing_key:{schema.KeyColumns[0]}");
        }

        if (choice == 3)
        {
            var line = Encode(schema, values, ndjson);
            return ndjson
                ? (line[..Math.Max(2, line.Length / 2)], "broken_json")
                : (string.Join(',', line.Split(',').Take(Math.Max(1, schema.Columns.Count / 2))), "column_count");
        }

        return (BrokenQuote(schema, values, ndjson), "broken_quoting");
    }

    private static readonly string[] BadDates = ["2019-02-30", "2020年3月5日", "去年三月", "2018/13/01", "00-00-0000"];

    private static readonly string[] BadNumbers = ["约5万元", "十二万", "1,2OO.00", "N/A", "壹拾万元整"];

    private static string Encode(FileSchema schema, string?[] values, bool ndjson) =>
        ndjson ? LineEncoder.Ndjson(schema, values) : LineEncoder.Csv(values);

    /// <summary>A quoted field whose inner quote was not doubled (CSV) or not escaped (JSON).</summary>
    private static string BrokenQuote(FileSchema schema, string?[] values, bool ndjson)
    {
        var target = Array.FindIndex(values, v => !string.IsNullOrEmpty(v) && !char.IsAsciiDigit(v[0]));
        target = target < 0 ? 0 : target;
        var original = values[target] ?? "";
        var broken = original.Length > 1 ? $"{original[..1]}\"{original[1..]}" : $"{original}\"x";
        if (ndjson)
        {
            var sb = new StringBuilder("{");
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] is null)
                {
                    continue;
                }

                sb.Append(sb.Length > 1 ? "," : "").Append('"').Append(schema.Columns[i]).Append("\":\"")
                    .Append(i == target ? broken : values[i]!.Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
            }

            return sb.Append('}').ToString();
        }

        var fields = values.Select(v => v ?? "").ToArray();
        var line = new StringBuilder();
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            if (i == target)
            {
                line.Append('"').Append(broken).Append('"');
            }
            else
            {
                LineEncoder.AppendCsvField(line, fields[i]);
            }
        }

        return line.ToString();
    }
}
