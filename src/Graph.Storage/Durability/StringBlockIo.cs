using System.Runtime.InteropServices;
using System.Text;
using Graph.Storage.State;

namespace Graph.Storage.Durability;

/// <summary>
/// Strings in a checkpoint as blocks of [count][byte length][lengths][UTF-8 bytes]: read with two
/// bulk reads per block and decoded from memory, which is several times faster than a
/// length-prefixed read per string when there are tens of millions of them.
/// </summary>
internal static class StringBlockIo
{
    private const int BlockStrings = 1 << 16;

    /// <summary>The strings, then the table's slots so that reading needs no rehash.</summary>
    public static void Write(BinaryWriter writer, StringIdTable strings)
    {
        writer.Write(strings.Count);
        int[] lengths = new int[BlockStrings];
        byte[] bytes = new byte[1 << 20];
        for (int first = 0; first < strings.Count; first += BlockStrings)
        {
            int count = Math.Min(BlockStrings, strings.Count - first);
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

    public static void Read(BinaryReader reader, StringIdTable strings)
    {
        int total = reader.ReadInt32();
        var values = new string[total];
        int[] lengths = new int[BlockStrings];
        byte[] bytes = new byte[1 << 20];
        for (int read = 0; read < total;)
        {
            int count = reader.ReadInt32();
            int used = reader.ReadInt32();
            if (count <= 0 || count > BlockStrings || used < 0 || read + count > total)
            {
                throw new StoreException("STORE_CORRUPT", "A string block of the checkpoint is malformed.");
            }

            if (used > bytes.Length)
            {
                bytes = new byte[used];
            }

            reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(lengths.AsSpan(0, count)));
            reader.BaseStream.ReadExactly(bytes.AsSpan(0, used));
            int offset = 0;
            for (int i = 0; i < count; i++)
            {
                values[read + i] = Encoding.UTF8.GetString(bytes, offset, lengths[i]);
                offset += lengths[i];
            }

            read += count;
        }

        strings.Load(values, reader);
    }
}
