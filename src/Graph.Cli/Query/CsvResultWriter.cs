using Graph.Cypher.Engine.Execution;
using Graph.Storage.Reading;

namespace Graph.Cli.Query;

/// <summary>
/// RFC 4180: CRLF line ends, a header row, fields quoted when they hold a comma, a quote or a line break, quotes doubled.
/// Several statements print several tables separated by an empty line; a statement without columns (a plain write)
/// prints none. Plans go to stderr so stdout stays CSV.
/// </summary>
public sealed class CsvResultWriter(TextWriter output, TextWriter notes) : IResultWriter
{
    private bool _wroteTable;

    public void Write(QueryResult result, IGraphReader graph)
    {
        if (result.Plan is { } plan)
        {
            notes.Write(plan);
        }

        if (result.Columns.Count == 0)
        {
            return;
        }

        if (_wroteTable)
        {
            output.Write("\r\n");
        }

        _wroteTable = true;
        var context = new LiveGraphContext(graph);
        WriteRow(result.Columns);
        foreach (var row in result.Rows)
        {
            WriteRow(row.Select(value => ValueText.Plain(value, context)).ToList());
        }
    }

    public static string Field(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    private void WriteRow(IReadOnlyList<string> fields)
    {
        output.Write(string.Join(',', fields.Select(Field)));
        output.Write("\r\n");
    }
}
