using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>expression [AS alias]; without an alias the column is named by the expression's source text.</summary>
public sealed record ProjectionItemSyntax(
    TextSpan Span,
    ExpressionSyntax Expression,
    VariableSyntax? Alias)
    : SyntaxNode(Span);
