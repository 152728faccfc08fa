using Graph.Cypher.Values.Errors;
using Graph.Cypher.Values.Temporal;

namespace Graph.Cypher.Values.Aggregation;

/// <summary>avg: always a float for numbers (null when empty); durations average to a duration.</summary>
internal sealed class AverageAggregator : IAggregator
{
    private double _mean;
    private CypherDuration _durationTotal;
    private long _count;
    private bool _durations;

    public void Add(ReadOnlySpan<CypherValue> arguments)
    {
        var value = arguments[0];
        if (value.IsNull)
        {
            return;
        }

        if (value.Kind == CypherValueKind.Duration && (_count == 0 || _durations))
        {
            _durations = true;
            _durationTotal += value.AsDuration;
        }
        else if (value.IsNumber && !_durations)
        {
            // Welford-style running mean avoids overflow on large sums.
            _mean += (value.AsNumber - _mean) / (_count + 1);
        }
        else
        {
            throw Fail.Type($"avg() cannot average a {value.TypeName} with the values before it");
        }

        _count++;
    }

    public CypherValue Result()
    {
        if (_count == 0)
        {
            return CypherValue.Null;
        }

        return _durations ? CypherValue.Duration(_durationTotal.DivideBy(_count)) : CypherValue.Float(_mean);
    }
}
