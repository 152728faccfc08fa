using Graph.Cypher.Diagnostics;
using Graph.Cypher.Syntax;

namespace Graph.Cypher.Binding;

/// <summary>
/// Operands whose type is known to be wrong are InvalidArgumentType at compile time: AND/OR/XOR/NOT and WHERE on
/// non-booleans, IN on a non-list, arithmetic on strings, booleans, collections or graph elements, and property
/// access on anything that has no properties. Unknown types (Any) always pass.
/// </summary>
internal sealed class ExpressionTypeRule : IQueryRule
{
    private static readonly CypherType[] Arithmetic =
        [CypherType.Number, CypherType.Duration, CypherType.Date, CypherType.Time, CypherType.LocalTime, CypherType.DateTime, CypherType.LocalDateTime];

    private static readonly CypherType[] HasProperties =
    [
        CypherType.Map, CypherType.Node, CypherType.Relationship, CypherType.Point, CypherType.Duration,
        CypherType.Date, CypherType.Time, CypherType.LocalTime, CypherType.DateTime, CypherType.LocalDateTime,
    ];

    public void Check(BoundQuery query, DiagnosticBag diagnostics)
    {
        foreach (var (root, place) in QueryRules.Clauses(query).SelectMany(BoundTreeWalker.Expressions))
        {
            if (place == ExpressionPlace.Predicate)
            {
                Expect(root, [CypherType.Boolean], "WHERE expects a boolean", diagnostics);
            }

            foreach (var expression in BoundTreeWalker.DescendantsAndSelf(root))
            {
                CheckOperands(expression, diagnostics);
            }
        }
    }

    private static void CheckOperands(BoundExpression expression, DiagnosticBag diagnostics)
    {
        switch (expression)
        {
            case BoundBinaryExpression { Operator: BinaryOperator.And or BinaryOperator.Or or BinaryOperator.Xor } logical:
                Expect(logical.Left, [CypherType.Boolean], $"{logical.Operator.ToString().ToUpperInvariant()} expects booleans", diagnostics);
                Expect(logical.Right, [CypherType.Boolean], $"{logical.Operator.ToString().ToUpperInvariant()} expects booleans", diagnostics);
                break;
            case BoundUnaryExpression { Operator: UnaryOperator.Not } not:
                Expect(not.Operand, [CypherType.Boolean], "NOT expects a boolean", diagnostics);
                break;
            case BoundUnaryExpression { Operator: UnaryOperator.Negate } negate:
                Expect(negate.Operand, Arithmetic, "Negation expects a number or a duration", diagnostics);
                break;
            case BoundBinaryExpression { Operator: BinaryOperator.In } membership:
                Expect(membership.Right, [CypherType.AnyList], "IN expects a list on its right", diagnostics);
                break;
            case BoundBinaryExpression { Operator: BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide or BinaryOperator.Modulo or BinaryOperator.Power } arithmetic:
                Expect(arithmetic.Left, Arithmetic, "Arithmetic expects numbers, temporal values or durations", diagnostics);
                Expect(arithmetic.Right, Arithmetic, "Arithmetic expects numbers, temporal values or durations", diagnostics);
                break;
            case BoundPropertyAccess access:
                Expect(access.Target, HasProperties, "Property access expects a node, relationship, map or temporal value", diagnostics);
                break;
            case BoundListComprehension { Predicate: not null } comprehension:
                Expect(comprehension.Predicate, [CypherType.Boolean], "WHERE expects a boolean", diagnostics);
                break;
            case BoundQuantifier { Predicate: not null } quantifier:
                Expect(quantifier.Predicate, [CypherType.Boolean], "WHERE expects a boolean", diagnostics);
                break;
        }
    }

    private static void Expect(BoundExpression operand, CypherType[] allowed, string what, DiagnosticBag diagnostics)
    {
        if (!operand.Type.CouldBeAnyOf(allowed))
        {
            diagnostics.ReportInvalidArgumentType(operand.Span, what, Article(operand.Type));
        }
    }

    private static string Article(CypherType type) => $"a value of type {type}";
}
