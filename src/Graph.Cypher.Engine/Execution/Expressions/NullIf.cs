using Graph.Cypher.Values;
using Graph.Cypher.Values.Semantics;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>nullIf(a, b): null when a = b is true, else a (the function library has no entry for it).</summary>
public sealed class NullIf(RowExpression value, RowExpression other) : RowExpression
{
    public override CypherValue Evaluate(QueryContext context)
    {
        CypherValue a = value.Evaluate(context);
        CypherValue b = other.Evaluate(context);
        return CypherEquality.AreEqual(a, b) == true ? CypherValue.Null : a;
    }

    public override string ToString() => $"nullIf({value}, {other})";
}
