using Graph.Storage.Columns;

namespace Graph.Storage.State;

/// <summary>
/// Nodes as columns: natural key (with its id table), label bit mask, property record address.
/// A deleted node keeps its id and key as a tombstone: its mask is exactly <see cref="DeletedBit"/>
/// (the top bit, which is why there are 63 labels, not 64) and its record is empty.
/// Upserting its key again revives the id.
/// </summary>
internal sealed class NodeColumns
{
    public const ulong DeletedBit = 1UL << 63;

    public const ulong LabelBits = DeletedBit - 1;

    public StringIdTable Keys { get; } = new();

    public ChunkedColumn<ulong> Labels { get; } = new();

    public ChunkedColumn<long> Properties { get; set; } = new();

    public int Count => Keys.Count;

    public bool IsLive(int node) => (Labels[node] & DeletedBit) == 0;

    public int Add(string key)
    {
        int id = Keys.Add(key);
        Labels.Add(0);
        Properties.Add(0);
        return id;
    }
}
