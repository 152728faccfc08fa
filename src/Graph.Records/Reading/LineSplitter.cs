namespace Graph.Records.Reading;

/// <summary>Splits a stream into LF or CRLF lines without holding more than one line, skipping a leading BOM.</summary>
internal sealed class LineSplitter
{
    private readonly StreamWindow _window;
    private int _pending;
    private int _nextLine = 1;
    private bool _started;

    public LineSplitter(StreamWindow window) => _window = window;

    public int LineNumber { get; private set; }

    /// <summary>The current line without its terminator; valid until the next <see cref="Read"/>.</summary>
    public ReadOnlySpan<byte> Line => _window.Span[..LineLength];

    private int LineLength { get; set; }

    /// <summary>The start of the last over-long line, as text for the rejects file.</summary>
    public string TooLongExcerpt { get; private set; } = "";

    /// <summary>False at the end of the data. <paramref name="tooLong"/> marks a line over the limit, already
    /// skipped (<see cref="TooLongExcerpt"/> holds its start).</summary>
    public bool Read(out bool tooLong)
    {
        tooLong = false;
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

        LineNumber = _nextLine++;
        var scanned = 0;
        while (true)
        {
            var span = _window.Span;
            var newline = span[scanned..].IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var end = scanned + newline;
                _pending = end + 1;
                LineLength = end > 0 && span[end - 1] == (byte)'\r' ? end - 1 : end;
                return true;
            }

            scanned = span.Length;
            if (_window.Ensure(scanned + 1))
            {
                continue;
            }

            if (_window.AtEndOfStream)
            {
                LineLength = scanned;
                _pending = scanned;
                return scanned > 0;
            }

            tooLong = true;
            SkipRestOfLine();
            return true;
        }
    }

    /// <summary>Keeps the line's start for the report and drops the rest as it streams past.</summary>
    private void SkipRestOfLine()
    {
        TooLongExcerpt = Utf8Text.Excerpt(_window.Span);
        _window.SkipPastNextNewline();
        LineLength = 0;
    }
}
