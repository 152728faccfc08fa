namespace Graph.Cypher.Values.Collections;

/// <summary>An immutable list of values; built once, then shared freely between rows.</summary>
public sealed class CypherList : IReadOnlyList<CypherValue>
{
    private readonly CypherValue[] _items;

    public CypherList(CypherValue[] items) => _items = items;

    public CypherList(IEnumerable<CypherValue> items) => _items = items.ToArray();

    public static CypherList Empty { get; } = new([]);

    public int Count => _items.Length;

    public CypherValue this[int index] => _items[index];

    public ReadOnlySpan<CypherValue> AsSpan() => _items;

    public IEnumerator<CypherValue> GetEnumerator() => ((IEnumerable<CypherValue>)_items).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public CypherList Concat(CypherList other)
    {
        var items = new CypherValue[_items.Length + other._items.Length];
        _items.CopyTo(items, 0);
        other._items.CopyTo(items, _items.Length);
        return new CypherList(items);
    }

    public CypherList Append(CypherValue value)
    {
        var items = new CypherValue[_items.Length + 1];
        _items.CopyTo(items, 0);
        items[^1] = value;
        return new CypherList(items);
    }

    public CypherList Prepend(CypherValue value)
    {
        var items = new CypherValue[_items.Length + 1];
        _items.CopyTo(items, 1);
        items[0] = value;
        return new CypherList(items);
    }

    public CypherList Slice(int start, int length) => new(_items.AsSpan(start, length).ToArray());
}
