namespace Graph.Cypher.Values.Aggregation;

/// <summary>Aggregate functions by case-insensitive name; count(*) has its own entry, <see cref="CountStar"/>.</summary>
public sealed class AggregateRegistry
{
    private readonly Dictionary<string, AggregateFunction> _functions = new(StringComparer.OrdinalIgnoreCase);

    public static AggregateRegistry Default { get; } = CreateDefault();

    /// <summary>count(*): counts rows, nulls included.</summary>
    public static AggregateFunction CountStar { get; } = new("count(*)", 0, 0, () => new CountAggregator(countNulls: true));

    public IEnumerable<AggregateFunction> Functions => _functions.Values;

    public static AggregateRegistry CreateDefault()
    {
        var registry = new AggregateRegistry();
        registry.Register(new("count", 1, 1, () => new CountAggregator(countNulls: false)));
        registry.Register(new("sum", 1, 1, () => new SumAggregator()));
        registry.Register(new("avg", 1, 1, () => new AverageAggregator()));
        registry.Register(new("min", 1, 1, () => new ExtremeAggregator(wantMax: false)));
        registry.Register(new("max", 1, 1, () => new ExtremeAggregator(wantMax: true)));
        registry.Register(new("collect", 1, 1, () => new CollectAggregator()));
        registry.Register(new("stDev", 1, 1, () => new StandardDeviationAggregator(sample: true)));
        registry.Register(new("stDevP", 1, 1, () => new StandardDeviationAggregator(sample: false)));
        registry.Register(new("percentileCont", 2, 2, () => new PercentileAggregator(continuous: true)));
        registry.Register(new("percentileDisc", 2, 2, () => new PercentileAggregator(continuous: false)));
        return registry;
    }

    public void Register(AggregateFunction function) => _functions[function.Name] = function;

    public bool TryGet(string name, out AggregateFunction function) => _functions.TryGetValue(name, out function!);

    public bool IsAggregate(string name) => _functions.ContainsKey(name);
}
