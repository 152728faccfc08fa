using System.Text.Json;

namespace Graph.Generation.Tests.Support;

/// <summary>A generated dataset read back independently: every line of every file, its truth and its references.</summary>
public sealed class Dataset
{
    public Dataset(GeneratorOptions options, GenerationSummary summary)
    {
        Options = options;
        Summary = summary;
        Truth = JsonDocument.Parse(File.ReadAllBytes(options.TruthPath)).RootElement;
        Malformed = Truth.GetProperty("malformed").EnumerateArray()
            .Select(m => (m.GetProperty("file").GetString()!, m.GetProperty("line").GetInt64()))
            .ToHashSet();
        foreach (var path in Directory.GetFiles(options.OutputDirectory).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            Lines[name] = File.ReadAllLines(path);
        }
    }

    public GeneratorOptions Options { get; }

    public GenerationSummary Summary { get; }

    public JsonElement Truth { get; }

    public HashSet<(string File, long Line)> Malformed { get; }

    public Dictionary<string, string[]> Lines { get; } = new(StringComparer.Ordinal);

    public string FileFor(string baseName) => Lines.Keys.Single(k => Path.GetFileNameWithoutExtension(k) == baseName);

    public static bool IsNdjson(string file) => file.EndsWith(".ndjson", StringComparison.Ordinal);

    /// <summary>Parses one line; null when it is not readable (broken quoting or JSON, wrong field count).</summary>
    public DataRow? Parse(string file, long line)
    {
        var lines = Lines[file];
        if (IsNdjson(file))
        {
            try
            {
                using var doc = JsonDocument.Parse(lines[line - 1]);
                var values = doc.RootElement.EnumerateObject().ToDictionary(
                    p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText(), StringComparer.Ordinal);
                return new DataRow(file, line, values);
            }
            catch (JsonException)
            {
                return null;
            }
        }

        var header = CsvLine.Parse(lines[0])!;
        var fields = CsvLine.Parse(lines[line - 1]);
        if (fields is null || fields.Count != header.Count)
        {
            return null;
        }

        return new DataRow(file, line, header.Zip(fields).ToDictionary(p => p.First, p => (string?)p.Second, StringComparer.Ordinal));
    }

    /// <summary>Every data line (header skipped) that the truth does not list as malformed.</summary>
    public IEnumerable<DataRow> Rows(string baseName)
    {
        var file = FileFor(baseName);
        var first = IsNdjson(file) ? 1 : 2;
        for (long line = first; line <= Lines[file].Length; line++)
        {
            if (!Malformed.Contains((file, line)))
            {
                yield return Parse(file, line) ?? throw new InvalidOperationException($"{file}:{line} is unreadable but not listed as malformed");
            }
        }
    }
}
