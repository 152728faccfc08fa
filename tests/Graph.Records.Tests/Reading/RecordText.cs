using System.Text;
using Graph.Records.Dataset;
using Graph.Records.Issues;
using Graph.Records.Reading;
using Graph.Records.Rows;

namespace Graph.Records.Tests.Reading;

/// <summary>Reads record text held in memory, the way the loader reads files.</summary>
internal static class RecordText
{
    public static ReadResult Read(
        string text, RecordKind kind, RecordFormat format = RecordFormat.Csv, RecordReaderOptions? options = null, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bom)
        {
            bytes = [0xEF, 0xBB, 0xBF, .. bytes];
        }

        var issues = new ListIssueSink();
        var name = kind.ToString().ToLowerInvariant() + (format == RecordFormat.Csv ? ".csv" : ".ndjson");
        using var reader = RecordFileReader.Open(new MemoryStream(bytes), kind, format, name, issues, options);
        var rows = reader.ReadRows().ToList();
        return new ReadResult(rows, issues.Issues, reader.RowsRejected, reader.ExtraColumns, reader.Progress);
    }

    public static ReadResult Json(string text, RecordKind kind, RecordReaderOptions? options = null) =>
        Read(text, kind, RecordFormat.JsonLines, options);
}
