namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>Three-valued AND: false wins over null.</summary>
public sealed class LogicalAnd(RowExpression left, RowExpression right) : RowExpression
{
    public override SlotValue Evaluate(QueryContext context)
    {
        SlotValue a = left.Evaluate(context);
        if (a.Kind == SlotKind.Boolean && !a.AsBoolean)
        {
            return a;
        }

        SlotValue b = right.Evaluate(context);
        if (b.Kind == SlotKind.Boolean && !b.AsBoolean)
        {
            return b;
        }

        return a.IsNull || b.IsNull ? SlotValue.Null : SlotValue.From(true);
    }

    public override string ToString() => $"({left} AND {right})";
}
