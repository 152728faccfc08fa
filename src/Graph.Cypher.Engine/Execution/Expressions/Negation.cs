using Graph.Cypher.Values;
using Graph.Cypher.Values.Arithmetic;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>Unary minus on numbers and durations; -(minimum integer) overflows.</summary>
public sealed class Negation(RowExpression operand) : RowExpression
{
    public override CypherValue Evaluate(QueryContext context) => CypherArithmetic.Negate(operand.Evaluate(context));

    public override string ToString() => $"-{operand}";
}
