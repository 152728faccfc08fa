using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>Three-valued OR: true wins over null, so a true left side skips the right one.</summary>
public sealed class LogicalOr(RowExpression left, RowExpression right) : RowExpression
{
    public override CypherValue Evaluate(QueryContext context)
    {
        bool? a = ThreeValued.Truth(left.Evaluate(context), "OR");
        if (a == true)
        {
            return CypherValue.True;
        }

        bool? b = ThreeValued.Truth(right.Evaluate(context), "OR");
        if (b == true)
        {
            return CypherValue.True;
        }

        return a is null || b is null ? CypherValue.Null : CypherValue.False;
    }

    public override string ToString() => $"({left} OR {right})";
}
