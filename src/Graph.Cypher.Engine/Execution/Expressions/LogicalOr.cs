using Graph.Storage.Values;
using Graph.Cypher.Values.Semantics;
using Graph.Cypher.Engine.Execution.Values;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>Three-valued OR: true wins over null.</summary>
public sealed class LogicalOr(RowExpression left, RowExpression right) : RowExpression
{
    public override CypherValue Evaluate(QueryContext context)
    {
        CypherValue a = left.Evaluate(context);
        if (a.IsTrueValue())
        {
            return a;
        }

        CypherValue b = right.Evaluate(context);
        if (b.IsTrueValue())
        {
            return b;
        }

        return a.IsNull || b.IsNull ? CypherValue.Null : CypherValue.Boolean(false);
    }

    public override string ToString() => $"({left} OR {right})";
}
