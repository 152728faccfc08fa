namespace Graph.Api.Store;

/// <summary>
/// The opaque ids of one snapshot's relationships, remembered by relationship number: neighbourhoods opened one
/// after another around a ring share most of their relationships (the same cases, firms, phones), and a keyed hash
/// per relationship was a fifth of an uncached neighbourhood's cost. A fixed table of slots, each holding the last id
/// made for the numbers that fall on it, so memory stays bounded (a few MB) whatever the store's size; the table is
/// read and written without locks (a slot is one reference, replaced whole).
/// </summary>
public sealed class RelationshipIdMemo
{
    private const int Slots = 1 << 17;
    private readonly Entry?[] _slots = new Entry?[Slots];

    /// <summary>
    /// The id <paramref name="maker"/> made of <paramref name="relationship"/>, if it is remembered (the maker is
    /// part of the entry: two services with different secrets may read one snapshot).
    /// </summary>
    public string? Find(int relationship, object maker) =>
        Volatile.Read(ref _slots[relationship & (Slots - 1)]) is { } entry && entry.Relationship == relationship && ReferenceEquals(entry.Maker, maker)
            ? entry.Id
            : null;

    public void Remember(int relationship, object maker, string id) =>
        Volatile.Write(ref _slots[relationship & (Slots - 1)], new Entry(relationship, maker, id));

    private sealed record Entry(int Relationship, object Maker, string Id);
}
