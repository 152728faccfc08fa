namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>A constant (or a parameter value fixed before execution).</summary>
public sealed class Literal(SlotValue value) : RowExpression
{
    public SlotValue Value { get; } = value;

    public override SlotValue Evaluate(QueryContext context) => Value;

    public override string ToString() => Value.ToString();
}
