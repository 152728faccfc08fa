using Graph.Cypher.Values.Semantics;

namespace Graph.Cypher.Values.Aggregation;

/// <summary>min / max by the global ORDER BY order, so mixed types still have an answer; nulls are skipped.</summary>
internal sealed class ExtremeAggregator(bool wantMax) : IAggregator
{
    private CypherValue _best = CypherValue.Null;

    public void Add(ReadOnlySpan<CypherValue> arguments)
    {
        var value = arguments[0];
        if (value.IsNull)
        {
            return;
        }

        if (_best.IsNull)
        {
            _best = value;
            return;
        }

        var order = CypherOrder.Instance.Compare(value, _best);
        if (wantMax ? order > 0 : order < 0)
        {
            _best = value;
        }
    }

    public CypherValue Result() => _best;
}
