namespace Graph.Cypher.Syntax;

public sealed partial class CypherWriter
{
    private static Precedence PrecedenceOf(ExpressionSyntax expression) => expression switch
    {
        BinaryExpressionSyntax binary => PrecedenceOf(binary.Operator),
        ComparisonChainSyntax => Precedence.Comparison,
        UnaryExpressionSyntax { Operator: UnaryOperator.Not } => Precedence.Not,
        UnaryExpressionSyntax => Precedence.Unary,
        IsNullExpressionSyntax => Precedence.Predicate,

        // A negative literal is written with its minus, so it binds like a unary minus.
        LiteralExpressionSyntax literal when IsNegatedLiteral(literal) => Precedence.Unary,
        _ => Precedence.Postfix,
    };

    private static Precedence PrecedenceOf(BinaryOperator op) => op switch
    {
        BinaryOperator.Or => Precedence.Or,
        BinaryOperator.Xor => Precedence.Xor,
        BinaryOperator.And => Precedence.And,
        BinaryOperator.Equal or BinaryOperator.NotEqual or BinaryOperator.Less or BinaryOperator.LessOrEqual
            or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual => Precedence.Comparison,
        BinaryOperator.Add or BinaryOperator.Subtract => Precedence.Additive,
        BinaryOperator.Multiply or BinaryOperator.Divide or BinaryOperator.Modulo => Precedence.Multiplicative,
        BinaryOperator.Power => Precedence.Power,
        _ => Precedence.Predicate,
    };

    private static string OperatorText(BinaryOperator op) => op switch
    {
        BinaryOperator.Or => "OR",
        BinaryOperator.Xor => "XOR",
        BinaryOperator.And => "AND",
        BinaryOperator.Equal => "=",
        BinaryOperator.NotEqual => "<>",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.RegexMatch => "=~",
        BinaryOperator.StartsWith => "STARTS WITH",
        BinaryOperator.EndsWith => "ENDS WITH",
        BinaryOperator.Contains => "CONTAINS",
        BinaryOperator.In => "IN",
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Modulo => "%",
        _ => "^",
    };
}
