using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>WHEN condition-or-value THEN result.</summary>
public sealed record CaseAlternativeSyntax(
    TextSpan Span,
    ExpressionSyntax When,
    ExpressionSyntax Then)
    : SyntaxNode(Span);
