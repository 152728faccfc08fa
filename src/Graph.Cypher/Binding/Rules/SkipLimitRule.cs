using Graph.Cypher.Diagnostics;
using Graph.Cypher.Syntax;

namespace Graph.Cypher.Binding;

/// <summary>
/// SKIP and LIMIT take a constant: no variables (NonConstantExpression), not negative (NegativeIntegerArgument), not
/// a float (InvalidArgumentType). Parameters are checked when the query runs.
/// </summary>
internal sealed class SkipLimitRule : IQueryRule
{
    public void Check(BoundQuery query, DiagnosticBag diagnostics)
    {
        foreach (var projection in QueryRules.Projections(query))
        {
            CheckConstant(projection.Skip, "SKIP", diagnostics);
            CheckConstant(projection.Limit, "LIMIT", diagnostics);
        }
    }

    private static void CheckConstant(BoundExpression? expression, string clause, DiagnosticBag diagnostics)
    {
        if (expression is null)
        {
            return;
        }

        if (BoundTreeWalker.DescendantsAndSelf(expression).Any(node => node is BoundVariableReference))
        {
            diagnostics.ReportNonConstantExpression(expression.Span, clause);
        }
        else if (expression.Type.Kind == CypherTypeKind.Float)
        {
            diagnostics.ReportInvalidArgumentType(expression.Span, $"{clause} expects an integer", "a float");
        }
        else if (IntegerValue(expression) < 0)
        {
            diagnostics.ReportNegativeIntegerArgument(expression.Span, clause);
        }
    }

    private static long? IntegerValue(BoundExpression expression) => expression switch
    {
        BoundLiteral { Value: long value } => value,
        BoundUnaryExpression { Operator: UnaryOperator.Negate } negate => -IntegerValue(negate.Operand),
        BoundUnaryExpression { Operator: UnaryOperator.Plus } plus => IntegerValue(plus.Operand),
        _ => null,
    };
}
