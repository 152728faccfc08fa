using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>operand IS NULL, or IS NOT NULL when IsNegated.</summary>
public sealed record IsNullExpressionSyntax(
    TextSpan Span,
    ExpressionSyntax Operand,
    bool IsNegated)
    : ExpressionSyntax(Span);
