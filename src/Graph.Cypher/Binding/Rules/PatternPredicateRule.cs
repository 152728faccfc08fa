using Graph.Cypher.Diagnostics;
using Graph.Cypher.Syntax;

namespace Graph.Cypher.Binding;

/// <summary>
/// A pattern such as (a)-->(b) is only a predicate: in WHERE (under AND, OR, XOR, NOT), in exists(...) and in the
/// WHERE of a comprehension. Used as a value, RETURN (a)-->(b) or size((a)-->()), it is UnexpectedSyntax.
/// </summary>
internal sealed class PatternPredicateRule : IQueryRule
{
    public void Check(BoundQuery query, DiagnosticBag diagnostics)
    {
        foreach (var (expression, place) in QueryRules.Clauses(query).SelectMany(BoundTreeWalker.Expressions))
        {
            Visit(expression, allowed: place == ExpressionPlace.Predicate, diagnostics);
        }
    }

    private static void Visit(BoundExpression expression, bool allowed, DiagnosticBag diagnostics)
    {
        if (expression is BoundPatternPredicate && !allowed)
        {
            diagnostics.ReportPatternAsValue(expression.Span);
        }

        var predicates = PredicateChildren(expression).ToHashSet();
        var passesOn = allowed && expression is BoundBinaryExpression { Operator: BinaryOperator.And or BinaryOperator.Or or BinaryOperator.Xor }
            or BoundUnaryExpression { Operator: UnaryOperator.Not };
        foreach (var child in BoundTreeWalker.Children(expression))
        {
            Visit(child, predicates.Contains(child) || passesOn, diagnostics);
        }
    }

    // Places that take a predicate whatever surrounds them.
    private static IEnumerable<BoundExpression> PredicateChildren(BoundExpression expression) => expression switch
    {
        BoundFunctionCall call when call.Function.Name.Equals("exists", StringComparison.OrdinalIgnoreCase) => call.Arguments,
        BoundListComprehension { Predicate: not null } comprehension => [comprehension.Predicate],
        BoundQuantifier { Predicate: not null } quantifier => [quantifier.Predicate],
        BoundPatternComprehension { Predicate: not null } comprehension => [comprehension.Predicate],
        BoundExistsSubquery { Predicate: not null } exists => [exists.Predicate],
        BoundCase caseExpression when caseExpression.Subject is null => caseExpression.Alternatives.Select(alternative => alternative.When),
        _ => [],
    };
}
