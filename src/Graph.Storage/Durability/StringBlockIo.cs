using System.Runtime.InteropServices;
using System.Text;
using Graph.Storage.Columns;
using Graph.Storage.State;

namespace Graph.Storage.Durability;

/// <summary>
/// Strings in a checkpoint as blocks of [count][byte length][lengths][UTF-8 bytes], one block per
/// <see cref="StringColumn"/> chunk: read with two bulk reads per block and kept encoded, so that opening
/// a store with tens of millions of strings neither decodes nor allocates them one by one.
/// </summary>
internal static class StringBlockIo
{
    private const int BlockStrings = StringColumn.ChunkSize;

    /// <summary>The strings, then the table's slots so that reading needs no rehash.</summary>
    public static void Write(BinaryWriter writer, StringIdTable strings)
    {
        writer.Write(strings.Count);
        int[] lengths = new int[BlockStrings];
        byte[] bytes = new byte[1 << 20];
        for (int first = 0; first < strings.Count; first += BlockStrings)
        {
            int count = Math.Min(BlockStrings, strings.Count - first);
            if (strings.Values.EncodedChunk(first / BlockStrings) is { } encoded && encoded.Count == count)
            {
                WriteEncoded(writer, encoded, lengths);
                continue;
            }

            int used = 0;
            for (int i = 0; i < count; i++)
            {
                string value = strings[first + i];
                int needed = used + Encoding.UTF8.GetMaxByteCount(value.Length);
                if (needed > bytes.Length)
                {
                    Array.Resize(ref bytes, Math.Max(needed, bytes.Length * 2));
                }

                lengths[i] = Encoding.UTF8.GetBytes(value, bytes.AsSpan(used));
                used += lengths[i];
            }

            writer.Write(count);
            writer.Write(used);
            writer.Write(MemoryMarshal.AsBytes(lengths.AsSpan(0, count)));
            writer.Write(bytes, 0, used);
        }

        strings.WriteSlots(writer);
    }

    private static void WriteEncoded(BinaryWriter writer, Utf8Chunk chunk, int[] lengths)
    {
        int used = 0;
        for (int i = 0; i < chunk.Count; i++)
        {
            lengths[i] = chunk.Bytes(i).Length;
            used += lengths[i];
        }

        writer.Write(chunk.Count);
        writer.Write(used);
        writer.Write(MemoryMarshal.AsBytes(lengths.AsSpan(0, chunk.Count)));
        for (int i = 0; i < chunk.Count; i++)
        {
            writer.Write(chunk.Bytes(i));
        }
    }

    /// <summary>Moves past a string section (blocks, then slot table) reading only its headers; returns its string count.</summary>
    public static int Skip(BinaryReader reader)
    {
        Stream stream = reader.BaseStream;
        int total = reader.ReadInt32();
        for (int read = 0; read < total;)
        {
            int count = reader.ReadInt32();
            int used = reader.ReadInt32();
            if (count <= 0 || count > BlockStrings || used < 0 || read + count > total)
            {
                throw new StoreException("STORE_CORRUPT", "A string block of the checkpoint is malformed.");
            }

            stream.Seek(((long)count * sizeof(int)) + used, SeekOrigin.Current);
            read += count;
        }

        int capacity = reader.ReadInt32();
        if (capacity <= 0)
        {
            throw new StoreException("STORE_CORRUPT", "A string table in the checkpoint is malformed.");
        }

        stream.Seek((long)capacity * sizeof(ulong), SeekOrigin.Current);
        return total;
    }

    /// <summary>
    /// Reads the blocks as they are (UTF-8, decoded on use), then the slot table. With the checkpoint mapped, the
    /// blocks' bytes are used in place and only their lengths are read.
    /// </summary>
    public static void Read(BinaryReader reader, StringIdTable strings, MappedFile? mapping)
    {
        int total = reader.ReadInt32();
        int[] lengths = new int[BlockStrings];
        for (int read = 0; read < total;)
        {
            int count = reader.ReadInt32();
            int used = reader.ReadInt32();
            if (count <= 0 || count > BlockStrings || used < 0 || read + count > total)
            {
                throw new StoreException("STORE_CORRUPT", "A string block of the checkpoint is malformed.");
            }

            reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(lengths.AsSpan(0, count)));
            var offsets = new int[count + 1];
            for (int i = 0; i < count; i++)
            {
                offsets[i + 1] = offsets[i] + lengths[i];
            }

            if (lengths.AsSpan(0, count).ContainsAnyExceptInRange(0, int.MaxValue) || offsets[count] != used)
            {
                throw new StoreException("STORE_CORRUPT", "A string block of the checkpoint is malformed.");
            }

            if (mapping is not null)
            {
                strings.LoadChunk(new Utf8Chunk(mapping, reader.BaseStream.Position, offsets));
                reader.BaseStream.Seek(used, SeekOrigin.Current);
            }
            else
            {
                var bytes = new byte[used];
                BulkRead.Fill(reader.BaseStream, bytes);
                strings.LoadChunk(new Utf8Chunk(bytes, offsets));
            }

            read += count;
        }

        strings.LoadSlots(reader);
    }
}
