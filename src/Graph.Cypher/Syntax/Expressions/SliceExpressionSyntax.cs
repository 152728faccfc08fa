using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>target[from..to], either bound may be left out.</summary>
public sealed record SliceExpressionSyntax(
    TextSpan Span,
    ExpressionSyntax Target,
    ExpressionSyntax? From,
    ExpressionSyntax? To)
    : ExpressionSyntax(Span);
