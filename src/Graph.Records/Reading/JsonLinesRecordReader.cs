using System.Text;
using System.Text.Json;
using Graph.Records.Issues;
using Graph.Records.Rows;

namespace Graph.Records.Reading;

/// <summary>
/// NDJSON / JSON Lines: one object per line, blank lines skipped. Strings are taken as they are, numbers as
/// their JSON text (already invariant: "12.50" stays "12.50"), booleans as "true"/"false", null as absent;
/// a nested object or array is kept as its JSON text. The rest of the file loads past a malformed line.
/// </summary>
internal sealed class JsonLinesRecordReader : RecordFileReader
{
    private readonly JsonPropertyNames _names;
    private LineSplitter? _lines;
    private Func<string>? _rawExcerpt;

    public JsonLinesRecordReader(
        RecordKind kind, string fileName, Func<Stream> open, long length, IRecordIssueSink issues, RecordReaderOptions options)
        : base(kind, fileName, open, length, issues, options) => _names = new JsonPropertyNames(Schema);

    private protected override RecordRow? ReadNext(StreamWindow window)
    {
        if (_lines is null)
        {
            var lines = new LineSplitter(window);
            _lines = lines;
            _rawExcerpt = () => Utf8Text.Excerpt(lines.Line);
        }

        while (_lines.Read(out var tooLong))
        {
            if (tooLong)
            {
                Reject(RecordErrorCodes.RowTooLong, _lines.LineNumber, null, $"line longer than {window.MaxBytes} bytes", _lines.TooLongExcerpt);
                continue;
            }

            var line = _lines.Line;
            if (line.Trim(" \t\r"u8).IsEmpty)
            {
                continue;
            }

            if (TryParse(line, out var fields))
            {
                var row = new RecordRow(Kind, FileName, _lines.LineNumber, fields);
                if (Accept(row, _rawExcerpt!))
                {
                    return row;
                }
            }
        }

        return null;
    }

    private bool TryParse(ReadOnlySpan<byte> line, out Dictionary<string, string> fields)
    {
        fields = null!;
        var reader = new Utf8JsonReader(line, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                Reject(RecordErrorCodes.NotJsonObject, _lines!.LineNumber, (int)reader.TokenStartIndex + 1, $"found {reader.TokenType}", _rawExcerpt!());
                return false;
            }

            fields = new Dictionary<string, string>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = _names.Get(ref reader);
                reader.Read();
                if (ValueText(ref reader, line) is { } value)
                {
                    fields[name] = value;
                }
                else
                {
                    fields.Remove(name);
                }
            }

            // Throws on anything after the object: a line holds exactly one value.
            reader.Read();
            return true;
        }
        catch (JsonException ex)
        {
            var column = (int)(ex.BytePositionInLine ?? 0) + 1;
            Reject(RecordErrorCodes.MalformedJson, _lines!.LineNumber, column, WithoutPosition(ex.Message), _rawExcerpt!());
            return false;
        }
    }

    private static string? ValueText(ref Utf8JsonReader reader, ReadOnlySpan<byte> line)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return Encoding.UTF8.GetString(reader.ValueSpan);
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                return Encoding.UTF8.GetString(line[start..(int)reader.BytesConsumed]);
            default:
                return null;
        }
    }

    /// <summary>The reader's message ends with "LineNumber: 0 | BytePositionInLine: n." — the issue carries the column itself.</summary>
    private static string WithoutPosition(string message)
    {
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return at > 0 ? message[..at] : message;
    }
}
