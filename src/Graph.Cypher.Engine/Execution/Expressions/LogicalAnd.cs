using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>Three-valued AND: false wins over null, so a false left side skips the right one.</summary>
public sealed class LogicalAnd(RowExpression left, RowExpression right) : RowExpression
{
    public override CypherValue Evaluate(QueryContext context)
    {
        bool? a = ThreeValued.Truth(left.Evaluate(context), "AND");
        if (a == false)
        {
            return CypherValue.False;
        }

        bool? b = ThreeValued.Truth(right.Evaluate(context), "AND");
        if (b == false)
        {
            return CypherValue.False;
        }

        return a is null || b is null ? CypherValue.Null : CypherValue.True;
    }

    public override string ToString() => $"({left} AND {right})";
}
