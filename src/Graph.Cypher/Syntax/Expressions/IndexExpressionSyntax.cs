using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>target[index] on a list or a map.</summary>
public sealed record IndexExpressionSyntax(
    TextSpan Span,
    ExpressionSyntax Target,
    ExpressionSyntax Index)
    : ExpressionSyntax(Span);
