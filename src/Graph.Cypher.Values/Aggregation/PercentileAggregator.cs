using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Values.Aggregation;

/// <summary>
/// percentileCont (linear interpolation, float result) and percentileDisc (nearest rank, the value
/// itself). The percentile must lie in [0, 1]; nulls are skipped.
/// </summary>
internal sealed class PercentileAggregator(bool continuous) : IAggregator
{
    private readonly List<double> _values = [];
    private readonly List<CypherValue> _originals = [];
    private double _percentile;

    public void Add(ReadOnlySpan<CypherValue> arguments)
    {
        var percentile = arguments[1];
        if (!percentile.IsNumber || percentile.AsNumber is < 0 or > 1 || double.IsNaN(percentile.AsNumber))
        {
            throw Fail.Range($"The percentile must be a number between 0.0 and 1.0, not {percentile}");
        }

        _percentile = percentile.AsNumber;
        var value = arguments[0];
        if (value.IsNull)
        {
            return;
        }

        _values.Add(value.IsNumber ? value.AsNumber : throw Fail.Type($"percentile functions need numbers, not a {value.TypeName}"));
        _originals.Add(value);
    }

    public CypherValue Result()
    {
        if (_values.Count == 0)
        {
            return CypherValue.Null;
        }

        var order = Enumerable.Range(0, _values.Count).OrderBy(i => _values[i]).ToArray();
        return continuous ? Continuous(order) : Discrete(order);
    }

    private CypherValue Continuous(int[] order)
    {
        var index = _percentile * (order.Length - 1);
        var floor = (int)Math.Floor(index);
        var ceiling = (int)Math.Ceiling(index);
        if (floor == ceiling)
        {
            return CypherValue.Float(_values[order[floor]]);
        }

        return CypherValue.Float((_values[order[floor]] * (ceiling - index)) + (_values[order[ceiling]] * (index - floor)));
    }

    private CypherValue Discrete(int[] order)
    {
        var position = _percentile * order.Length;
        var index = (int)position;
        index = position != index || index == 0 ? index : index - 1;
        return _originals[order[Math.Min(index, order.Length - 1)]];
    }
}
