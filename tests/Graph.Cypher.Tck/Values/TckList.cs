namespace Graph.Cypher.Tck.Values;

public sealed class TckList(IReadOnlyList<TckValue> items) : TckValue
{
    public IReadOnlyList<TckValue> Items { get; } = items;
}
