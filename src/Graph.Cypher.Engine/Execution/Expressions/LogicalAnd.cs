using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>Three-valued AND: false wins over null.</summary>
public sealed class LogicalAnd(RowExpression left, RowExpression right) : RowExpression
{
    public override CypherValue Evaluate(QueryContext context)
    {
        CypherValue a = left.Evaluate(context);
        if (a.Kind == CypherValueKind.Boolean && !a.AsBoolean)
        {
            return a;
        }

        CypherValue b = right.Evaluate(context);
        if (b.Kind == CypherValueKind.Boolean && !b.AsBoolean)
        {
            return b;
        }

        return a.IsNull || b.IsNull ? CypherValue.Null : CypherValue.Boolean(true);
    }

    public override string ToString() => $"({left} AND {right})";
}
