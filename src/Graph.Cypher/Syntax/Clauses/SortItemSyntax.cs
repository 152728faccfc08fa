using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>One ORDER BY key.</summary>
public sealed record SortItemSyntax(TextSpan Span, ExpressionSyntax Expression, bool IsDescending) : SyntaxNode(Span);
