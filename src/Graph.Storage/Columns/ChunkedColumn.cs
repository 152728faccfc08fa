namespace Graph.Storage.Columns;

/// <summary>
/// A growable column split into fixed-size chunks so that growth never copies, snapshots can
/// share chunks, and a write to a chunk a snapshot still sees clones that chunk first
/// (copy-on-write per chunk rather than per publish).
/// </summary>
internal sealed class ChunkedColumn<T>
{
    internal const int Shift = 16;
    internal const int ChunkSize = 1 << Shift;
    internal const int Mask = ChunkSize - 1;

    private T[][] _chunks = new T[4][];
    private bool[] _shared = new bool[4];
    private int _chunkCount;
    private int _sharedLength;

    public int Length { get; private set; }

    public T this[int index] => _chunks[index >> Shift][index & Mask];

    public void Add(T value)
    {
        int chunk = Length >> Shift;
        if (chunk == _chunkCount)
        {
            AddChunk();
        }

        _chunks[chunk][Length & Mask] = value;
        Length++;
    }

    public void Set(int index, T value)
    {
        int chunk = index >> Shift;
        if (_shared[chunk] && index < _sharedLength)
        {
            _chunks[chunk] = (T[])_chunks[chunk].Clone();
            _shared[chunk] = false;
        }

        _chunks[chunk][index & Mask] = value;
    }

    /// <summary>An immutable view of the current contents; later writes clone the chunks it holds.</summary>
    public ColumnView<T> Freeze()
    {
        Array.Fill(_shared, true, 0, _chunkCount);
        _sharedLength = Length;
        return new ColumnView<T>(_chunks.AsSpan(0, _chunkCount).ToArray(), Length);
    }

    /// <summary>Appends count uninitialised slots and hands out their storage chunk by chunk, for bulk loads.</summary>
    public Span<T> AppendChunkSlice(int maxCount)
    {
        int chunk = Length >> Shift;
        if (chunk == _chunkCount)
        {
            AddChunk();
        }

        int offset = Length & Mask;
        int count = Math.Min(maxCount, ChunkSize - offset);
        Length += count;
        return _chunks[chunk].AsSpan(offset, count);
    }

    /// <summary>The stored elements of chunk i, for bulk writes.</summary>
    public ReadOnlySpan<T> ChunkContents(int chunk) =>
        _chunks[chunk].AsSpan(0, Math.Min(ChunkSize, Length - (chunk << Shift)));

    public int ChunkCount => _chunkCount;

    private void AddChunk()
    {
        if (_chunkCount == _chunks.Length)
        {
            Array.Resize(ref _chunks, _chunks.Length * 2);
            Array.Resize(ref _shared, _shared.Length * 2);
        }

        _chunks[_chunkCount++] = new T[ChunkSize];
    }
}
