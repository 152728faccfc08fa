namespace Graph.Storage.Columns;

/// <summary>
/// Strings by dense id, in chunks of <see cref="ChunkSize"/>. A chunk loaded from a checkpoint stays UTF-8
/// (<see cref="Utf8Chunk"/>) and is decoded string by string when read; chunks the writer fills hold .NET strings, and a
/// loaded chunk the writer appends to is decoded once. Strings are never changed once added, so snapshots share the
/// chunks and only see ids below their length.
/// </summary>
internal sealed class StringColumn
{
    internal const int Shift = 16;
    internal const int ChunkSize = 1 << Shift;
    internal const int Mask = ChunkSize - 1;

    /// <summary>Each a string[] of ChunkSize or a <see cref="Utf8Chunk"/>.</summary>
    private object[] _chunks = new object[4];
    private int _chunkCount;

    public int Length { get; private set; }

    public int ChunkCount => _chunkCount;

    public StringCache Cache { get; } = new();

    public string this[int index] => Read(_chunks, Cache, index);

    public void Add(string value)
    {
        int chunk = Length >> Shift;
        if (chunk == _chunkCount)
        {
            AddChunk(new string[ChunkSize]);
        }
        else if (_chunks[chunk] is Utf8Chunk loaded)
        {
            // Snapshots keep the encoded chunk they captured; the writer continues in a decoded copy.
            _chunks[chunk] = loaded.DecodeAll(ChunkSize);
        }

        ((string[])_chunks[chunk])[Length & Mask] = value;
        Length++;
    }

    /// <summary>Appends a full or final chunk read from a checkpoint, still encoded.</summary>
    public void AddLoaded(Utf8Chunk chunk)
    {
        if ((Length & Mask) != 0)
        {
            throw new StoreException("STORE_CORRUPT", "A string block of the checkpoint follows a partial one.");
        }

        AddChunk(chunk);
        Length += chunk.Count;
    }

    /// <summary>Chunk i as a checkpoint stores it: already encoded, or null when it holds .NET strings.</summary>
    public Utf8Chunk? EncodedChunk(int chunk) => _chunks[chunk] as Utf8Chunk;

    /// <summary>An immutable view of the current contents.</summary>
    public StringColumnView Freeze() => new(_chunks.AsSpan(0, _chunkCount).ToArray(), Length, Cache);

    internal static string Read(object[] chunks, StringCache cache, int index)
    {
        object chunk = chunks[index >> Shift];
        return chunk is string[] values ? values[index & Mask] : cache.Get(index, (Utf8Chunk)chunk, index & Mask);
    }

    private void AddChunk(object chunk)
    {
        if (_chunkCount == _chunks.Length)
        {
            Array.Resize(ref _chunks, _chunks.Length * 2);
        }

        _chunks[_chunkCount++] = chunk;
    }
}
