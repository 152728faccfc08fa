namespace Graph.Cypher.Values.Aggregation;

/// <summary>Feeds the inner aggregator only the first row for each distinct (equivalent) first argument.</summary>
internal sealed class DistinctAggregator(IAggregator inner) : IAggregator
{
    private readonly HashSet<CypherValue> _seen = [];

    public void Add(ReadOnlySpan<CypherValue> arguments)
    {
        if (arguments.Length == 0 || (!arguments[0].IsNull && _seen.Add(arguments[0])))
        {
            inner.Add(arguments);
        }
    }

    public CypherValue Result() => inner.Result();
}
