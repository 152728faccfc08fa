namespace Graph.Storage.Columns;

/// <summary>
/// Append-only storage for variable-length records (encoded property sets). A record never
/// spans chunks and is never modified once written, so snapshots read the chunks they captured
/// while the writer keeps appending; an update writes a new record and the old one becomes
/// garbage until the next checkpoint compacts. Address = chunk index &lt;&lt; 32 | offset; each
/// record starts with its varint length; address 0 is the empty record. Chunks loaded from a mapped checkpoint are
/// read where it is mapped, except the last, which is copied so that appends can continue in it.
/// </summary>
internal sealed class ByteArena
{
    internal const int ChunkSize = 1 << 22;

    private ArenaChunk[] _chunks;
    private int _chunkCount;
    private int _position;

    public ByteArena()
    {
        _chunks = new ArenaChunk[4];
        _chunks[0] = new ArenaChunk(new byte[ChunkSize]);
        _chunkCount = 1;
        _position = 1; // byte 0 of chunk 0 is the empty record (length 0)
    }

    /// <summary>Adopts chunks loaded from a checkpoint; the last one keeps accepting appends.</summary>
    public ByteArena(ArenaChunk[] chunks, int chunkCount, int lastChunkUsed)
    {
        _chunks = chunks;
        _chunkCount = chunkCount;
        _position = lastChunkUsed;
    }

    /// <summary>Appends a record (length prefix added here) and returns its address.</summary>
    public long Append(ReadOnlySpan<byte> record)
    {
        if (record.IsEmpty)
        {
            return 0;
        }

        int size = VarInt.Size((uint)record.Length) + record.Length;
        byte[]? last = _chunks[_chunkCount - 1].Array;
        if (last is null || _position + size > last.Length)
        {
            last = StartChunk(Math.Max(ChunkSize, size));
        }

        Span<byte> target = last.AsSpan(_position, size);
        int written = VarInt.Write(target, (uint)record.Length);
        record.CopyTo(target[written..]);
        long address = ((long)(_chunkCount - 1) << 32) | (uint)_position;
        _position += size;
        return address;
    }

    public ReadOnlySpan<byte> Read(long address) => ArenaView.ReadRecord(_chunks, address);

    public ArenaView Freeze() => new(_chunks.AsSpan(0, _chunkCount).ToArray());

    /// <summary>Writes the chunks (the last one only as far as used) for a checkpoint.</summary>
    public void WriteTo(BinaryWriter writer)
    {
        writer.Write(_chunkCount);
        for (int i = 0; i < _chunkCount; i++)
        {
            int used = i == _chunkCount - 1 ? _position : _chunks[i].Length;
            writer.Write(used);
            writer.Write(_chunks[i].Bytes[..used]);
        }
    }

    /// <summary>Moves past an arena written by <see cref="WriteTo"/> without reading its chunks.</summary>
    public static void Skip(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        for (int i = 0; i < count; i++)
        {
            int used = reader.ReadInt32();
            reader.BaseStream.Seek(used, SeekOrigin.Current);
        }
    }

    public static ByteArena ReadFrom(BinaryReader reader, MappedFile? mapping)
    {
        int count = reader.ReadInt32();
        var chunks = new ArenaChunk[Math.Max(4, count)];
        int used = 0;
        for (int i = 0; i < count; i++)
        {
            used = reader.ReadInt32();
            if (used < 0)
            {
                throw new StoreException("STORE_CORRUPT", "A property chunk of the checkpoint is malformed.");
            }

            if (mapping is not null && i < count - 1)
            {
                chunks[i] = new ArenaChunk(mapping, reader.BaseStream.Position, used);
                reader.BaseStream.Seek(used, SeekOrigin.Current);
                continue;
            }

            var bytes = new byte[i == count - 1 ? Math.Max(ChunkSize, used) : used];
            BulkRead.Fill(reader.BaseStream, bytes.AsSpan(0, used));
            chunks[i] = new ArenaChunk(bytes);
        }

        return new ByteArena(chunks, count, used);
    }

    private byte[] StartChunk(int size)
    {
        if (_chunkCount == _chunks.Length)
        {
            Array.Resize(ref _chunks, _chunks.Length * 2);
        }

        var chunk = new byte[size];
        _chunks[_chunkCount++] = new ArenaChunk(chunk);
        _position = 0;
        return chunk;
    }
}
