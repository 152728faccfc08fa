using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>[p = (a)-->(b) WHERE predicate | projection].</summary>
public sealed record PatternComprehensionSyntax(
    TextSpan Span,
    VariableSyntax? PathVariable,
    PathPatternSyntax Pattern,
    ExpressionSyntax? Where,
    ExpressionSyntax Projection)
    : ExpressionSyntax(Span);
