namespace Graph.Cypher.Values.Aggregation;

/// <summary>collect: the non-null values in arrival order.</summary>
internal sealed class CollectAggregator : IAggregator
{
    private readonly List<CypherValue> _items = [];

    public void Add(ReadOnlySpan<CypherValue> arguments)
    {
        if (!arguments[0].IsNull)
        {
            _items.Add(arguments[0]);
        }
    }

    public CypherValue Result() => CypherValue.List([.. _items]);
}
