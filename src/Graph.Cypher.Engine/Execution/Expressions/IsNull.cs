using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>x IS NULL, or x IS NOT NULL when negated; never null itself. A property of a graph element is only looked up, not read.</summary>
public sealed class IsNull(RowExpression operand, bool negated = false) : RowExpression
{
    private readonly PropertyAccess? _property = operand as PropertyAccess;

    public override CypherValue Evaluate(QueryContext context) =>
        CypherValue.Boolean((_property is not null ? _property.IsNullAt(context) : operand.Evaluate(context).IsNull) != negated);

    public override string ToString() => negated ? $"{operand} IS NOT NULL" : $"{operand} IS NULL";
}
