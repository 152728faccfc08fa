using Graph.Cypher.Syntax;

namespace Graph.Cypher.Binding;

public sealed partial class Binder
{
    private BoundBinaryExpression BindBinary(BinaryExpressionSyntax binary)
    {
        var left = BindExpression(binary.Left);
        var right = BindExpression(binary.Right);
        return new BoundBinaryExpression(binary.Span, ResultType(binary.Operator, left.Type, right.Type), left, binary.Operator, right);
    }

    private BoundUnaryExpression BindUnary(UnaryExpressionSyntax unary)
    {
        var operand = BindExpression(unary.Operand);
        var type = unary.Operator == UnaryOperator.Not ? CypherType.Boolean
            : operand.Type.IsNumeric || operand.Type.Kind == CypherTypeKind.Duration ? operand.Type : CypherType.Any;
        return new BoundUnaryExpression(unary.Span, type, unary.Operator, operand);
    }

    private static CypherType ResultType(BinaryOperator op, CypherType left, CypherType right) => op switch
    {
        BinaryOperator.Add => AdditionType(left, right),
        BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide or BinaryOperator.Modulo => ArithmeticType(left, right),
        BinaryOperator.Power => left.IsNumeric && right.IsNumeric ? CypherType.Float : CypherType.Any,
        _ => CypherType.Boolean,
    };

    private static CypherType ArithmeticType(CypherType left, CypherType right)
    {
        if (left.Kind == CypherTypeKind.Integer && right.Kind == CypherTypeKind.Integer)
        {
            return CypherType.Integer;
        }

        return left.IsNumeric && right.IsNumeric ? left.Kind == CypherTypeKind.Float || right.Kind == CypherTypeKind.Float ? CypherType.Float : CypherType.Number : CypherType.Any;
    }

    // + adds numbers, concatenates strings and lists, and shifts temporals by durations.
    private static CypherType AdditionType(CypherType left, CypherType right)
    {
        if (left.IsList || right.IsList)
        {
            return left.IsList && right.IsList ? left.Join(right) : CypherType.AnyList;
        }

        if (left.Kind == CypherTypeKind.String || right.Kind == CypherTypeKind.String)
        {
            return left.IsUnknown || right.IsUnknown ? CypherType.Any : CypherType.String;
        }

        return ArithmeticType(left, right);
    }
}
