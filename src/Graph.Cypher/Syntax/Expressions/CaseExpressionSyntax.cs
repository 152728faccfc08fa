using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>CASE [subject] WHEN ... THEN ... [ELSE ...] END; with a subject it is the simple form comparing values.</summary>
public sealed record CaseExpressionSyntax(
    TextSpan Span,
    ExpressionSyntax? Subject,
    IReadOnlyList<CaseAlternativeSyntax> Alternatives,
    ExpressionSyntax? Else)
    : ExpressionSyntax(Span);
