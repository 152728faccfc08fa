using Graph.Cypher.Values;
using Graph.Cypher.Values.Semantics;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>
/// list[from..to]: an absent bound is open, a null bound gives null, negative bounds count from the
/// end and out-of-range bounds clamp (so [3..1] is empty).
/// </summary>
public sealed class SliceAccess(RowExpression target, RowExpression? from, RowExpression? to) : RowExpression
{
    public override CypherValue Evaluate(QueryContext context)
    {
        CypherValue list = target.Evaluate(context);
        CypherValue? start = from?.Evaluate(context);
        CypherValue? end = to?.Evaluate(context);
        return CypherListOperators.Slice(list, start, end);
    }

    public override string ToString() => $"{target}[{from}..{to}]";
}
