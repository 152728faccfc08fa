using System.Text.Json;
using Graph.Records.Schema;

namespace Graph.Records.Reading;

/// <summary>
/// Property names as strings without allocating one per row: every line of a file repeats the same few
/// names, so the UTF-8 bytes are matched against the names seen so far (bounded, for files with wild keys).
/// Names are given the schema's spelling (<see cref="RecordSchema.CanonicalName"/>).
/// </summary>
internal sealed class JsonPropertyNames
{
    private const int MaxRemembered = 256;
    private readonly List<(byte[] Utf8, string Name)> _known = [];
    private readonly RecordSchema _schema;

    public JsonPropertyNames(RecordSchema schema) => _schema = schema;

    public string Get(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return _schema.CanonicalName(reader.GetString()!);
        }

        var span = reader.ValueSpan;
        foreach (var (utf8, name) in _known)
        {
            if (span.SequenceEqual(utf8))
            {
                return name;
            }
        }

        var value = _schema.CanonicalName(reader.GetString()!);
        if (_known.Count < MaxRemembered)
        {
            _known.Add((span.ToArray(), value));
        }

        return value;
    }
}
