using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>[variable IN source WHERE predicate | projection].</summary>
public sealed record ListComprehensionSyntax(
    TextSpan Span,
    VariableSyntax Variable,
    ExpressionSyntax Source,
    ExpressionSyntax? Where,
    ExpressionSyntax? Projection)
    : ExpressionSyntax(Span);
