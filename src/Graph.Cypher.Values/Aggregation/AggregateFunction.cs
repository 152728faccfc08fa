namespace Graph.Cypher.Values.Aggregation;

/// <summary>An aggregate function: its name, arity, and a factory for per-group aggregators.</summary>
public sealed record AggregateFunction(string Name, int MinArity, int MaxArity, Func<IAggregator> Create)
{
    /// <summary>A fresh aggregator; with DISTINCT, rows whose first argument was already seen are skipped.</summary>
    public IAggregator CreateAggregator(bool distinct) => distinct ? new DistinctAggregator(Create()) : Create();
}
