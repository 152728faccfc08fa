using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>
/// An expression over parameters and constants only, e.g. duration({days: $d}): computed on first
/// use in a query run and reused for every later row of that run. Lazy, so an error it raises
/// still appears only where the expression is actually reached.
/// </summary>
public sealed class OncePerQuery(RowExpression inner) : RowExpression
{
    private QueryContext? _computedFor;
    private CypherValue _value;

    public override CypherValue Evaluate(QueryContext context)
    {
        if (!ReferenceEquals(_computedFor, context))
        {
            _value = inner.Evaluate(context);
            _computedFor = context;
        }

        return _value;
    }

    public override string ToString() => inner.ToString();
}
