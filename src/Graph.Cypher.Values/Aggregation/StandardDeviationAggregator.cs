using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Values.Aggregation;

/// <summary>stDev (sample, n − 1) and stDevP (population, n) by Welford's online algorithm; 0.0 when too few values.</summary>
internal sealed class StandardDeviationAggregator(bool sample) : IAggregator
{
    private long _count;
    private double _mean;
    private double _sumOfSquares;

    public void Add(ReadOnlySpan<CypherValue> arguments)
    {
        var value = arguments[0];
        if (value.IsNull)
        {
            return;
        }

        var x = value.IsNumber ? value.AsNumber : throw Fail.Type($"stDev() cannot use a {value.TypeName}");
        _count++;
        var delta = x - _mean;
        _mean += delta / _count;
        _sumOfSquares += delta * (x - _mean);
    }

    public CypherValue Result()
    {
        var divisor = sample ? _count - 1 : _count;
        return CypherValue.Float(divisor <= 0 ? 0.0 : Math.Sqrt(_sumOfSquares / divisor));
    }
}
