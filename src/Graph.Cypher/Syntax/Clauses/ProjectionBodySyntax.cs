using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>What WITH and RETURN share: DISTINCT, items (IncludesExisting for *), ORDER BY, SKIP, LIMIT.</summary>
public sealed record ProjectionBodySyntax(
    TextSpan Span,
    bool IsDistinct,
    bool IncludesExisting,
    IReadOnlyList<ProjectionItemSyntax> Items,
    IReadOnlyList<SortItemSyntax> OrderBy,
    ExpressionSyntax? Skip,
    ExpressionSyntax? Limit)
    : SyntaxNode(Span);
