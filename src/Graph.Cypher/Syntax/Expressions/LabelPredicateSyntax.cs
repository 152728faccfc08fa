using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>target:Label:Other, true when the node has all the labels.</summary>
public sealed record LabelPredicateSyntax(
    TextSpan Span,
    ExpressionSyntax Target,
    IReadOnlyList<SyntaxToken> Labels)
    : ExpressionSyntax(Span);
