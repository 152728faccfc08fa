using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>n {.a, .*, key: value, variable}.</summary>
public sealed record MapProjectionSyntax(
    TextSpan Span,
    VariableSyntax Subject,
    IReadOnlyList<MapProjectionItemSyntax> Items)
    : ExpressionSyntax(Span);
