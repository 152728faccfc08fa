using System.Buffers;
using Graph.Records.Issues;

namespace Graph.Records.Reading;

/// <summary>
/// RFC 4180 over UTF-8 bytes (',', '"', CR and LF never occur inside a multi-byte UTF-8 sequence), streaming
/// through a <see cref="StreamWindow"/>. Strict: a quote inside an unquoted field, or anything but a separator
/// after a closing quote, breaks the row. A broken row is never allowed to eat the file: reading resumes at the
/// line after the row's first line, so a stray opening quote costs one line and every other line still loads
/// or is reported on its own.
/// </summary>
internal sealed class CsvTokenizer
{
    private static readonly SearchValues<byte> UnquotedStops = SearchValues.Create(",\n\""u8);
    private static readonly SearchValues<byte> QuotedStops = SearchValues.Create("\"\n"u8);

    private readonly StreamWindow _window;
    private CsvField[] _fields = new CsvField[32];
    private int _pending;
    private int _line = 1;
    private bool _started;
    private int _firstLf;
    private int _lastLf;
    private int _newlinesInside;

    public CsvTokenizer(StreamWindow window) => _window = window;

    /// <summary>1-based line where the current row starts.</summary>
    public int RowLine { get; private set; }

    public int FieldCount { get; private set; }

    /// <summary>True when the current row spans several lines (a quoted field holds a newline).</summary>
    public bool IsMultiLine => _firstLf >= 0;

    /// <summary>Why the last row read was <see cref="CsvReadResult.Broken"/>.</summary>
    public CsvRowProblem? Problem { get; private set; }

    public CsvField Field(int index) => _fields[index];

    public ReadOnlySpan<byte> Bytes(CsvField field) => _window.Span.Slice(field.Start, field.Length);

    /// <summary>The current row's first line, for rejects files.</summary>
    public string RawExcerpt() => Utf8Text.Excerpt(_window.Span[..Math.Min(_pending, _window.Available)]);

    public CsvReadResult Read()
    {
        _window.Consume(_pending);
        _pending = 0;
        if (!_started)
        {
            _started = true;
            if (_window.Ensure(3) && _window.Span.StartsWith("\uFEFF"u8))
            {
                _window.Consume(3);
            }
        }

        if (!SkipBlankLines())
        {
            return CsvReadResult.EndOfData;
        }

        RowLine = _line;
        FieldCount = 0;
        _firstLf = -1;
        _lastLf = -1;
        _newlinesInside = 0;
        var rel = 0;
        while (true)
        {
            var end = _window.Ensure(rel + 1)
                ? _window.Span[rel] == (byte)'"' ? ReadQuoted(ref rel) : ReadUnquoted(ref rel)
                : EndAtFieldStart(rel);
            switch (end)
            {
                case FieldEnd.Comma:
                    continue;
                case FieldEnd.Broken:
                    return CsvReadResult.Broken;
                default:
                    _pending = rel;
                    _line += _newlinesInside + (end == FieldEnd.Newline ? 1 : 0);
                    return CsvReadResult.Row;
            }
        }
    }

    /// <summary>Drops the current multi-line row and resumes at its second line (see the class comment).</summary>
    public void ResyncAfterFirstLine()
    {
        if (_firstLf >= 0)
        {
            _pending = _firstLf + 1;
            _line = RowLine + 1;
        }
    }

    private bool SkipBlankLines()
    {
        while (_window.Ensure(1))
        {
            var span = _window.Span;
            if (span[0] == (byte)'\n')
            {
                _window.Consume(1);
                _line++;
            }
            else if (span[0] == (byte)'\r' && (!_window.Ensure(2) || _window.Span[1] == (byte)'\n'))
            {
                _window.Consume(Math.Min(2, _window.Available));
                _line++;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    private FieldEnd EndAtFieldStart(int rel)
    {
        if (!_window.AtEndOfStream)
        {
            return Fail(RecordErrorCodes.RowTooLong, rel, $"row longer than {_window.MaxBytes} bytes");
        }

        // Only reached after a comma: "a,b," ends with an empty field.
        AddField(rel, 0, false);
        return FieldEnd.EndOfData;
    }

    private FieldEnd ReadUnquoted(ref int rel)
    {
        var start = rel;
        while (true)
        {
            var span = _window.Span;
            var found = span[rel..].IndexOfAny(UnquotedStops);
            if (found < 0)
            {
                rel = span.Length;
                if (_window.Ensure(rel + 1))
                {
                    continue;
                }

                if (!_window.AtEndOfStream)
                {
                    return Fail(RecordErrorCodes.RowTooLong, rel, $"row longer than {_window.MaxBytes} bytes");
                }

                AddField(start, WithoutCarriageReturn(_window.Span, start, rel), false);
                return FieldEnd.EndOfData;
            }

            rel += found;
            switch (span[rel])
            {
                case (byte)',':
                    AddField(start, rel - start, false);
                    rel++;
                    return FieldEnd.Comma;
                case (byte)'\n':
                    AddField(start, WithoutCarriageReturn(span, start, rel), false);
                    rel++;
                    return FieldEnd.Newline;
                default:
                    return Fail(RecordErrorCodes.BrokenQuote, rel, "quote inside an unquoted field");
            }
        }
    }

    private FieldEnd ReadQuoted(ref int rel)
    {
        var opening = rel;
        var start = rel + 1;
        var escaped = false;
        rel = start;
        while (true)
        {
            if (!_window.Ensure(rel + 1))
            {
                return _window.AtEndOfStream
                    ? Fail(RecordErrorCodes.BrokenQuote, opening, "quoted field never closed before the end of the file")
                    : Fail(RecordErrorCodes.BrokenQuote, opening, $"quoted field not closed within {_window.MaxBytes} bytes");
            }

            var span = _window.Span;
            var found = span[rel..].IndexOfAny(QuotedStops);
            if (found < 0)
            {
                rel = span.Length;
                continue;
            }

            rel += found;
            if (span[rel] == (byte)'\n')
            {
                _firstLf = _firstLf < 0 ? rel : _firstLf;
                _lastLf = rel;
                _newlinesInside++;
                rel++;
                continue;
            }

            if (!_window.Ensure(rel + 2))
            {
                if (!_window.AtEndOfStream)
                {
                    return Fail(RecordErrorCodes.BrokenQuote, opening, $"quoted field not closed within {_window.MaxBytes} bytes");
                }

                AddField(start, rel - start, escaped);
                rel++;
                return FieldEnd.EndOfData;
            }

            var next = _window.Span[rel + 1];
            if (next == (byte)'"')
            {
                escaped = true;
                rel += 2;
                continue;
            }

            AddField(start, rel - start, escaped);
            rel++;
            return AfterClosingQuote(ref rel, next);
        }
    }

    private FieldEnd AfterClosingQuote(ref int rel, byte next)
    {
        switch (next)
        {
            case (byte)',':
                rel++;
                return FieldEnd.Comma;
            case (byte)'\n':
                rel++;
                return FieldEnd.Newline;
            case (byte)'\r' when !_window.Ensure(rel + 2) && _window.AtEndOfStream:
                rel++;
                return FieldEnd.EndOfData;
            case (byte)'\r' when _window.Available > rel + 1 && _window.Span[rel + 1] == (byte)'\n':
                rel += 2;
                return FieldEnd.Newline;
            default:
                return Fail(RecordErrorCodes.BrokenQuote, rel, "unexpected character after a closing quote");
        }
    }

    private static int WithoutCarriageReturn(ReadOnlySpan<byte> span, int start, int end) =>
        end > start && span[end - 1] == (byte)'\r' ? end - 1 - start : end - start;

    private void AddField(int start, int length, bool escaped)
    {
        if (FieldCount == _fields.Length)
        {
            Array.Resize(ref _fields, _fields.Length * 2);
        }

        _fields[FieldCount++] = new CsvField(start, length, escaped);
    }

    /// <summary>Records why the row broke and moves past it: to its second line, or past the line it broke on.</summary>
    private FieldEnd Fail(string code, int rel, string detail)
    {
        var raw = Utf8Text.Excerpt(_window.Span);
        Problem = _firstLf < 0 || rel < _firstLf
            ? new CsvRowProblem(code, detail, rel + 1, raw)
            : new CsvRowProblem(code, $"{detail} (at line {RowLine + _newlinesInside}, byte {rel - _lastLf})", null, raw);
        if (_firstLf >= 0)
        {
            _pending = _firstLf + 1;
        }
        else
        {
            _window.Consume(Math.Min(rel, _window.Available));
            _window.SkipPastNextNewline();
        }

        _line = RowLine + 1;
        return FieldEnd.Broken;
    }
}
