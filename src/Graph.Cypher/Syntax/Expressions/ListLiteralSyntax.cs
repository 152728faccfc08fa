using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>[item, item, ...].</summary>
public sealed record ListLiteralSyntax(TextSpan Span, IReadOnlyList<ExpressionSyntax> Items) : ExpressionSyntax(Span);
