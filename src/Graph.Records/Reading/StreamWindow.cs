namespace Graph.Records.Reading;

/// <summary>
/// A sliding window over a stream: the bytes read but not yet consumed, always starting at the current row,
/// so offsets into <see cref="Span"/> stay valid while more data is read. Memory is bounded by the row limit.
/// </summary>
internal sealed class StreamWindow
{
    private readonly Stream _stream;
    private readonly int _maxBytes;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private long _bytesRead;

    public StreamWindow(Stream stream, RecordReaderOptions options)
    {
        _stream = stream;
        _maxBytes = Math.Max(16, options.MaxRowBytes);
        _buffer = new byte[Math.Clamp(options.BufferBytes, 16, _maxBytes)];
    }

    /// <summary>Bytes taken from the stream so far; read from another thread by progress bars.</summary>
    public long BytesRead => Interlocked.Read(ref _bytesRead);

    public bool AtEndOfStream { get; private set; }

    public int MaxBytes => _maxBytes;

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(_start, _end - _start);

    public int Available => _end - _start;

    public void Consume(int count)
    {
        _start += count;
        if (_start == _end)
        {
            _start = _end = 0;
        }
    }

    /// <summary>
    /// Makes at least <paramref name="count"/> bytes available. False at the end of the stream, or when
    /// <paramref name="count"/> exceeds the row limit (then <see cref="AtEndOfStream"/> is still false).
    /// </summary>
    public bool Ensure(int count)
    {
        while (Available < count)
        {
            if (AtEndOfStream || count > _maxBytes)
            {
                return false;
            }

            MakeRoom(count);
            var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                AtEndOfStream = true;
                return false;
            }

            _end += read;
            Interlocked.Add(ref _bytesRead, read);
        }

        return true;
    }

    /// <summary>Consumes up to and including the next line feed (or to the end), never holding more than the buffer.</summary>
    public void SkipPastNextNewline()
    {
        while (true)
        {
            var newline = Span.IndexOf((byte)'\n');
            if (newline >= 0)
            {
                Consume(newline + 1);
                return;
            }

            Consume(Available);
            if (!Ensure(1))
            {
                return;
            }
        }
    }

    private void MakeRoom(int count)
    {
        var available = Available;
        if (count > _buffer.Length)
        {
            var grown = new byte[(int)Math.Min(_maxBytes, Math.Max(count, 2L * _buffer.Length))];
            _buffer.AsSpan(_start, available).CopyTo(grown);
            _buffer = grown;
            _start = 0;
            _end = available;
        }
        else if (_start > 0 && (_start + count > _buffer.Length || _buffer.Length - _end < _buffer.Length / 4))
        {
            // Slide the window to the front so the next read is a large one.
            _buffer.AsSpan(_start, available).CopyTo(_buffer);
            _start = 0;
            _end = available;
        }
    }
}
