namespace Graph.Cypher.Values.Aggregation;

/// <summary>count(expr) counts non-null values; count(*) counts rows.</summary>
internal sealed class CountAggregator(bool countNulls) : IAggregator
{
    private long _count;

    public void Add(ReadOnlySpan<CypherValue> arguments)
    {
        if (countNulls || !arguments[0].IsNull)
        {
            _count++;
        }
    }

    public CypherValue Result() => CypherValue.Integer(_count);
}
