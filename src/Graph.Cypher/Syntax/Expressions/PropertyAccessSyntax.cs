using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>target.property.</summary>
public sealed record PropertyAccessSyntax(
    TextSpan Span,
    ExpressionSyntax Target,
    SyntaxToken Property)
    : ExpressionSyntax(Span);
