namespace Graph.Storage.Columns;

/// <summary>
/// The most recently decoded strings of a <see cref="StringColumn"/>, one slot per id modulo the size. Queries read a
/// few values (a case type, a party's side) millions of times; they are decoded once instead of on every read. Slots
/// hold immutable entries, so threads sharing a snapshot may race on a slot and still only ever read a right pair.
/// </summary>
internal sealed class StringCache
{
    private const int Size = 1 << 14;

    private readonly Entry?[] _entries = new Entry?[Size];

    public string Get(int id, Utf8Chunk chunk, int index)
    {
        ref Entry? slot = ref _entries[id & (Size - 1)];
        Entry? entry = Volatile.Read(ref slot);
        if (entry is not null && entry.Id == id)
        {
            return entry.Value;
        }

        string value = chunk.Decode(index);
        Volatile.Write(ref slot, new Entry(id, value));
        return value;
    }

    private sealed record Entry(int Id, string Value);
}
