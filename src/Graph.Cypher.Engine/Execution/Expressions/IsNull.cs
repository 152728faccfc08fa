using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>x IS NULL, or x IS NOT NULL when negated; never null itself.</summary>
public sealed class IsNull(RowExpression operand, bool negated = false) : RowExpression
{
    public override CypherValue Evaluate(QueryContext context) =>
        CypherValue.Boolean(operand.Evaluate(context).IsNull != negated);

    public override string ToString() => negated ? $"{operand} IS NOT NULL" : $"{operand} IS NULL";
}
