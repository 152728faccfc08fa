using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Graph.Storage.Columns;

namespace Graph.Storage.State;

/// <summary>
/// Dense ids for strings (node keys, interned property strings): an append-only column plus an
/// open-addressing table whose slots hold the 32-bit hash and id + 1, so that a probe compares
/// strings only when hashes agree. Slots only ever go from empty to filled and a resize swaps in
/// a complete table, so a snapshot can probe the writer's live table and ignore ids it does not
/// see, instead of building an index of its own on every publish. The hash is deterministic so
/// that a checkpoint can store the table and an open can read it back instead of rehashing.
/// </summary>
internal sealed class StringIdTable
{
    private readonly StringColumn _values = new();
    private ulong[] _slots = new ulong[1024];

    public int Count => _values.Length;

    public string this[int id] => _values[id];

    public StringColumn Values => _values;

    public int Find(string value) => Probe(Volatile.Read(ref _slots), value, _values.Length, _values);

    /// <summary>Lookup for a snapshot: only ids below its count are visible to it.</summary>
    public int FindVisible(string value, StringColumnView visible)
    {
        ulong[] slots = Volatile.Read(ref _slots);
        uint hash = Hash(value);
        int mask = slots.Length - 1;
        for (int i = Start(hash, mask); ; i = (i + 1) & mask)
        {
            ulong slot = slots[i];
            if (slot == 0)
            {
                return -1;
            }

            int id = (int)(uint)slot - 1;
            if ((uint)(slot >> 32) == hash && id < visible.Length && string.Equals(visible[id], value, StringComparison.Ordinal))
            {
                return id;
            }
        }
    }

    public int GetOrAdd(string value)
    {
        int id = Find(value);
        return id >= 0 ? id : Add(value);
    }

    /// <summary>Appends without a lookup; the caller knows the value is new.</summary>
    public int Add(string value)
    {
        int id = _values.Length;
        _values.Add(value);
        if (IsFull(_values.Length, _slots.Length))
        {
            Grow(_values.Length);
        }
        else
        {
            Insert(_slots, Hash(value), id);
        }

        return id;
    }

    /// <summary>Writes the slot table for a checkpoint.</summary>
    public void WriteSlots(BinaryWriter writer)
    {
        writer.Write(_slots.Length);
        writer.Write(MemoryMarshal.AsBytes(_slots.AsSpan()));
    }

    /// <summary>Appends a chunk of strings (in id order) as a checkpoint stored it, still encoded; see <see cref="LoadSlots"/>.</summary>
    public void LoadChunk(Utf8Chunk chunk) => _values.AddLoaded(chunk);

    /// <summary>Loads the slot table a checkpoint stored after its strings, instead of rehashing them.</summary>
    public void LoadSlots(BinaryReader reader)
    {
        int capacity = reader.ReadInt32();
        if (capacity <= 0 || (capacity & (capacity - 1)) != 0 || IsFull(_values.Length, capacity))
        {
            throw new StoreException("STORE_CORRUPT", "A string table in the checkpoint is malformed.");
        }

        var slots = new ulong[capacity];
        BulkRead.Fill(reader.BaseStream, MemoryMarshal.AsBytes(slots.AsSpan()));
        Volatile.Write(ref _slots, slots);
    }

    private static int Probe(ulong[] slots, string value, int visibleCount, StringColumn values)
    {
        uint hash = Hash(value);
        int mask = slots.Length - 1;
        for (int i = Start(hash, mask); ; i = (i + 1) & mask)
        {
            ulong slot = slots[i];
            if (slot == 0)
            {
                return -1;
            }

            int id = (int)(uint)slot - 1;
            if ((uint)(slot >> 32) == hash && id < visibleCount && string.Equals(values[id], value, StringComparison.Ordinal))
            {
                return id;
            }
        }
    }

    private static void Insert(ulong[] slots, uint hash, int id)
    {
        int mask = slots.Length - 1;
        int i = Start(hash, mask);
        while (slots[i] != 0)
        {
            i = (i + 1) & mask;
        }

        slots[i] = ((ulong)hash << 32) | (uint)(id + 1);
    }

    private void Grow(int count)
    {
        long size = _slots.Length;
        while (IsFull(count, size))
        {
            size *= 2;
        }

        var slots = new ulong[size];
        for (int id = 0; id < _values.Length; id++)
        {
            Insert(slots, Hash(_values[id]), id);
        }

        Volatile.Write(ref _slots, slots);
    }

    /// <summary>Load factor at most 3/4: the hash in each slot keeps long probe runs cheap.</summary>
    private static bool IsFull(long count, long capacity) => count * 4 > capacity * 3;

    private static int Start(uint hash, int mask) => (int)((hash * 0x9E3779B97F4A7C15UL) >> 32) & mask;

    /// <summary>A fixed multiply-xorshift hash over the UTF-16 code units (string.GetHashCode is randomised per process).</summary>
    private static uint Hash(string value)
    {
        ReadOnlySpan<byte> bytes = MemoryMarshal.AsBytes(value.AsSpan());
        ulong hash = 0x9E3779B97F4A7C15UL ^ (ulong)bytes.Length;
        while (bytes.Length >= 8)
        {
            hash = (hash ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes)) * 0xFF51AFD7ED558CCDUL;
            hash ^= hash >> 32;
            bytes = bytes[8..];
        }

        ulong tail = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            tail |= (ulong)bytes[i] << (8 * i);
        }

        hash = (hash ^ tail) * 0xC4CEB9FE1A85EC53UL;
        hash ^= hash >> 29;
        hash *= 0x9E3779B97F4A7C15UL;
        return (uint)(hash >> 32);
    }
}
