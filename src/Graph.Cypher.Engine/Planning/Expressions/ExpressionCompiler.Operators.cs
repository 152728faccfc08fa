using Graph.Cypher.Binding;
using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Syntax;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Arithmetic;
using Graph.Cypher.Values.Semantics;

namespace Graph.Cypher.Engine.Planning.Expressions;

public sealed partial class ExpressionCompiler
{
    private RowExpression CompileBinary(BoundBinaryExpression binary)
    {
        RowExpression left = Compile(binary.Left);
        RowExpression right = Compile(binary.Right);
        switch (binary.Operator)
        {
            case BinaryOperator.And:
                return Fold(left, right, CypherLogic.And) ?? new LogicalAnd(left, right);
            case BinaryOperator.Or:
                return Fold(left, right, CypherLogic.Or) ?? new LogicalOr(left, right);
            case BinaryOperator.Xor:
                return Fold(left, right, CypherLogic.Xor) ?? new LogicalXor(left, right);
            case BinaryOperator.RegexMatch:
                return new RegexMatch(left, right);
            case BinaryOperator.In:
                return Fold(left, right, InList.Compute) ?? ByStringId(left, right, StringMatchTest.In, new InList(left, right));
        }

        if (ComparisonOf(binary.Operator) is { } comparison)
        {
            return Fold(left, right, (a, b) => Comparison.Compute(comparison, a, b)) ?? comparison switch
            {
                ComparisonOperator.Equal => ByStringId(left, right, StringMatchTest.Equal, new Comparison(comparison, left, right)),
                ComparisonOperator.NotEqual => ByStringId(left, right, StringMatchTest.NotEqual, new Comparison(comparison, left, right)),
                _ => new Comparison(comparison, left, right),
            };
        }

        if (StringPredicateOf(binary.Operator) is { } predicate)
        {
            return Fold(left, right, (a, b) => StringPredicate.Compute(predicate, a, b)) ?? new StringPredicate(predicate, left, right);
        }

        ArithmeticOperator arithmetic = ArithmeticOf(binary);
        return Fold(left, right, (a, b) => Arithmetic.Compute(arithmetic, a, b)) ?? new Arithmetic(arithmetic, left, right);
    }

    /// <summary>
    /// A property compared with a constant or a parameter (either side for = and &lt;&gt;) is tested by interned string id
    /// when the values turn out to be strings; <paramref name="general"/> answers the rest.
    /// </summary>
    private static RowExpression ByStringId(RowExpression left, RowExpression right, StringMatchTest test, RowExpression general)
    {
        if (left is PropertyAccess property && IsFixed(right))
        {
            return new StoredStringMatch(property, right, test, general);
        }

        return test != StringMatchTest.In && right is PropertyAccess reversed && IsFixed(left)
            ? new StoredStringMatch(reversed, left, test, general)
            : general;
    }

    private static bool IsFixed(RowExpression expression) => expression is Literal or ParameterReference;

    private RowExpression CompileChain(BoundComparisonChain chain)
    {
        var operands = new RowExpression[chain.Operands.Count];
        for (int i = 0; i < operands.Length; i++)
        {
            operands[i] = Compile(chain.Operands[i]);
        }

        var operators = new ComparisonOperator[chain.Operators.Count];
        for (int i = 0; i < operators.Length; i++)
        {
            operators[i] = ComparisonOf(chain.Operators[i])
                ?? throw new PlanningException($"{chain.Operators[i]} cannot appear in a comparison chain.", chain.Span);
        }

        return new ComparisonChain(operands, operators);
    }

    private RowExpression CompileUnary(BoundUnaryExpression unary)
    {
        RowExpression operand = Compile(unary.Operand);
        return unary.Operator switch
        {
            UnaryOperator.Not => Fold(operand, CypherLogic.Not) ?? new LogicalNot(operand),
            UnaryOperator.Negate => Fold(operand, CypherArithmetic.Negate) ?? new Negation(operand),
            _ => Fold(operand, UnaryPlus.Compute) ?? new UnaryPlus(operand),
        };
    }

    private static RowExpression? Fold(RowExpression operand, Func<CypherValue, CypherValue> compute) =>
        operand is Literal a && TryFold(() => compute(a.Value), out Literal? folded) ? folded : null;

    private static RowExpression? Fold(RowExpression left, RowExpression right, Func<CypherValue, CypherValue, CypherValue> compute) =>
        left is Literal a && right is Literal b && TryFold(() => compute(a.Value, b.Value), out Literal? folded) ? folded : null;

    private static ComparisonOperator? ComparisonOf(BinaryOperator op) => op switch
    {
        BinaryOperator.Equal => ComparisonOperator.Equal,
        BinaryOperator.NotEqual => ComparisonOperator.NotEqual,
        BinaryOperator.Less => ComparisonOperator.Less,
        BinaryOperator.LessOrEqual => ComparisonOperator.LessOrEqual,
        BinaryOperator.Greater => ComparisonOperator.Greater,
        BinaryOperator.GreaterOrEqual => ComparisonOperator.GreaterOrEqual,
        _ => null,
    };

    private static StringPredicateOperator? StringPredicateOf(BinaryOperator op) => op switch
    {
        BinaryOperator.StartsWith => StringPredicateOperator.StartsWith,
        BinaryOperator.EndsWith => StringPredicateOperator.EndsWith,
        BinaryOperator.Contains => StringPredicateOperator.Contains,
        _ => null,
    };

    private static ArithmeticOperator ArithmeticOf(BoundBinaryExpression binary) => binary.Operator switch
    {
        BinaryOperator.Add => ArithmeticOperator.Add,
        BinaryOperator.Subtract => ArithmeticOperator.Subtract,
        BinaryOperator.Multiply => ArithmeticOperator.Multiply,
        BinaryOperator.Divide => ArithmeticOperator.Divide,
        BinaryOperator.Modulo => ArithmeticOperator.Modulo,
        BinaryOperator.Power => ArithmeticOperator.Power,
        _ => throw new PlanningException($"The operator {binary.Operator} is not supported.", binary.Span),
    };
}
