namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>Three-valued OR: true wins over null.</summary>
public sealed class LogicalOr(RowExpression left, RowExpression right) : RowExpression
{
    public override SlotValue Evaluate(QueryContext context)
    {
        SlotValue a = left.Evaluate(context);
        if (a.IsTrue)
        {
            return a;
        }

        SlotValue b = right.Evaluate(context);
        if (b.IsTrue)
        {
            return b;
        }

        return a.IsNull || b.IsNull ? SlotValue.Null : SlotValue.From(false);
    }

    public override string ToString() => $"({left} OR {right})";
}
