using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>count(*).</summary>
public sealed record CountStarSyntax(TextSpan Span) : ExpressionSyntax(Span);
