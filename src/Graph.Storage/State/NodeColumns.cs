using Graph.Storage.Columns;

namespace Graph.Storage.State;

/// <summary>Nodes as columns: natural key (with its id table), label bit mask, property record address.</summary>
internal sealed class NodeColumns
{
    public StringIdTable Keys { get; } = new();

    public ChunkedColumn<ulong> Labels { get; } = new();

    public ChunkedColumn<long> Properties { get; set; } = new();

    public int Count => Keys.Count;

    public int Add(string key)
    {
        int id = Keys.Add(key);
        Labels.Add(0);
        Properties.Add(0);
        return id;
    }
}
