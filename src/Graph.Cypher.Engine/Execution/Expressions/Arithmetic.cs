using Graph.Cypher.Values;
using Graph.Cypher.Values.Arithmetic;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>
/// + - * / % ^ as the value library defines them: integer overflow and integer division by zero are
/// errors, + also concatenates strings and lists, temporals shift by durations; null in, null out.
/// </summary>
public sealed class Arithmetic(ArithmeticOperator op, RowExpression left, RowExpression right) : RowExpression
{
    public override CypherValue Evaluate(QueryContext context) => Compute(op, left.Evaluate(context), right.Evaluate(context));

    public static CypherValue Compute(ArithmeticOperator op, CypherValue a, CypherValue b) => op switch
    {
        ArithmeticOperator.Add => CypherArithmetic.Add(a, b),
        ArithmeticOperator.Subtract => CypherArithmetic.Subtract(a, b),
        ArithmeticOperator.Multiply => CypherArithmetic.Multiply(a, b),
        ArithmeticOperator.Divide => CypherArithmetic.Divide(a, b),
        ArithmeticOperator.Modulo => CypherArithmetic.Modulo(a, b),
        _ => CypherArithmetic.Power(a, b),
    };

    public override string ToString() => $"({left} {Symbol} {right})";

    private string Symbol => op switch
    {
        ArithmeticOperator.Add => "+",
        ArithmeticOperator.Subtract => "-",
        ArithmeticOperator.Multiply => "*",
        ArithmeticOperator.Divide => "/",
        ArithmeticOperator.Modulo => "%",
        _ => "^",
    };
}
