namespace Graph.Cypher.Engine.Execution.Traversal;

/// <summary>A growable frontier of node ids, reused across searches.</summary>
internal sealed class NodeQueue
{
    private int[] _items = new int[64];

    public int Count { get; private set; }

    public int this[int index] => _items[index];

    public void Clear() => Count = 0;

    public void Add(int node)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = node;
    }
}
