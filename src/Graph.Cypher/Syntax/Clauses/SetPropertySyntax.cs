using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>SET n.key = value.</summary>
public sealed record SetPropertySyntax(
    TextSpan Span,
    PropertyAccessSyntax Target,
    ExpressionSyntax Value)
    : SetItemSyntax(Span);
