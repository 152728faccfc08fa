using Graph.Records.Rows;
using Graph.Records.Schema;

namespace Graph.Records.Dataset;

/// <summary>
/// Recognises record file names: <c>&lt;base&gt;.csv|ndjson|jsonl</c> and split parts <c>&lt;base&gt;-&lt;anything&gt;.&lt;ext&gt;</c>,
/// ignoring case. "companies-2024.csv" is companies; "companies_old.csv" is not (it would be a different base name).
/// </summary>
public static class DatasetFileName
{
    public static bool TryParse(string fileName, out RecordKind kind, out RecordFormat format)
    {
        kind = default;
        format = default;
        var extension = Path.GetExtension(fileName);
        if (extension.Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            format = RecordFormat.Csv;
        }
        else if (extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase)
                 || extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            format = RecordFormat.JsonLines;
        }
        else
        {
            return false;
        }

        var stem = Path.GetFileNameWithoutExtension(fileName);
        var dash = stem.IndexOf('-', StringComparison.Ordinal);
        var baseName = dash < 0 ? stem : stem[..dash];
        if (RecordSchemas.ForBaseName(baseName) is not { } schema)
        {
            return false;
        }

        kind = schema.Kind;
        return true;
    }
}
