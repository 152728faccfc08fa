using Graph.Cypher.Values.Arithmetic;
using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Values.Aggregation;

/// <summary>sum: integers stay integer (overflow is an error), a float makes it float, durations add up as durations.</summary>
internal sealed class SumAggregator : IAggregator
{
    private CypherValue _total = CypherValue.Integer(0);
    private bool _any;

    public void Add(ReadOnlySpan<CypherValue> arguments)
    {
        var value = arguments[0];
        if (value.IsNull)
        {
            return;
        }

        if (!value.IsNumber && value.Kind != CypherValueKind.Duration)
        {
            throw Fail.Type($"sum() cannot add a {value.TypeName}");
        }

        _total = _any ? CypherArithmetic.Add(_total, value) : value;
        _any = true;
    }

    public CypherValue Result() => _total;
}
