using System.Text;
using Graph.Generation.Core;
using Graph.Generation.Truth;

namespace Graph.Generation.Output;

/// <summary>
/// Streams one record file. Besides the row it was asked for it may write an exact duplicate or a
/// corrupted copy right after it, and it logs the references and malformed lines with their true line numbers.
/// </summary>
public sealed class RecordWriter : IDisposable
{
    private readonly StreamWriter _writer;
    private readonly Rng _noise;
    private readonly NoiseRates _rates;
    private readonly ReferenceLog _references;
    private readonly TruthLog _truth;
    private readonly ProgressCounter _progress;

    public RecordWriter(FileSchema schema, string directory, bool ndjson, Rng noise, NoiseRates rates, ReferenceLog references, TruthLog truth, ProgressCounter progress)
    {
        Schema = schema;
        IsNdjson = ndjson;
        FileName = schema.BaseName + (ndjson ? ".ndjson" : ".csv");
        _noise = noise;
        _rates = rates;
        _references = references;
        _truth = truth;
        _progress = progress;
        _writer = new StreamWriter(Path.Combine(directory, FileName), false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        if (!ndjson)
        {
            _writer.WriteLine(string.Join(',', schema.Columns));
            Line = 1;
        }
    }

    public FileSchema Schema { get; }

    public bool IsNdjson { get; }

    public string FileName { get; }

    /// <summary>The number of the last line written (CSV header is line 1).</summary>
    public long Line { get; private set; }

    public long Records { get; private set; }

    public Row NewRow() => new(Schema);

    public long Write(Row row)
    {
        var text = IsNdjson ? LineEncoder.Ndjson(Schema, row.Values) : LineEncoder.Csv(row.Values);
        var line = WriteReadable(text, row);
        if (_noise.Chance(_rates.DuplicateRow))
        {
            WriteReadable(text, row);
            _truth.CountNoise("duplicate_row");
        }

        if (_noise.Chance(_rates.MalformedRow))
        {
            var (bad, reason) = MalformedRows.Render(Schema, row.Values, IsNdjson, _noise);
            _writer.WriteLine(bad);
            Line++;
            _truth.Malformed.Add(new MalformedEntry(FileName, Line, reason));
            _truth.CountNoise("malformed_row");
            _progress.Add();
        }

        return line;
    }

    private long WriteReadable(string text, Row row)
    {
        _writer.WriteLine(text);
        Line++;
        Records++;
        _references.Write(FileName, Line, row);
        foreach (var tag in row.Noise)
        {
            _truth.CountNoise(tag);
        }

        _progress.Add();
        return Line;
    }

    public void Dispose() => _writer.Dispose();
}
