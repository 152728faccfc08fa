using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>key: value inside a map projection.</summary>
public sealed record ProjectionEntrySyntax(
    TextSpan Span,
    SyntaxToken Key,
    ExpressionSyntax Value)
    : MapProjectionItemSyntax(Span);
