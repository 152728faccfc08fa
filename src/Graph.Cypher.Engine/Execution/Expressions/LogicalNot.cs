namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>NOT; null stays null.</summary>
public sealed class LogicalNot(RowExpression operand) : RowExpression
{
    public override SlotValue Evaluate(QueryContext context)
    {
        SlotValue value = operand.Evaluate(context);
        return value.Kind == SlotKind.Boolean ? SlotValue.From(!value.AsBoolean) : SlotValue.Null;
    }

    public override string ToString() => $"NOT {operand}";
}
