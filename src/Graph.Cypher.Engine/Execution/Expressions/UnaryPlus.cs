using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>Unary plus: the value itself, but only for what unary minus accepts (numbers, durations, null).</summary>
public sealed class UnaryPlus(RowExpression operand) : RowExpression
{
    public override CypherValue Evaluate(QueryContext context) => Compute(operand.Evaluate(context));

    public static CypherValue Compute(CypherValue value) =>
        value.IsNull || value.IsNumber || value.Kind == CypherValueKind.Duration
            ? value
            : throw RuntimeErrors.Type($"Cannot apply unary '+' to a {value.TypeName}");

    public override string ToString() => $"+{operand}";
}
