using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>ON CREATE SET ... (IsOnCreate) or ON MATCH SET ....</summary>
public sealed record MergeActionSyntax(
    TextSpan Span,
    bool IsOnCreate,
    IReadOnlyList<SetItemSyntax> Items)
    : SyntaxNode(Span);
