namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>x IS NULL, or x IS NOT NULL when negated.</summary>
public sealed class IsNull(RowExpression operand, bool negated = false) : RowExpression
{
    public override SlotValue Evaluate(QueryContext context) =>
        SlotValue.From(operand.Evaluate(context).IsNull != negated);

    public override string ToString() => negated ? $"{operand} IS NOT NULL" : $"{operand} IS NULL";
}
