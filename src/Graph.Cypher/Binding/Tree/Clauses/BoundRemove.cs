using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>REMOVE item, ....</summary>
public sealed record BoundRemove(
    TextSpan Span,
    IReadOnlyList<BoundRemoveItem> Items)
    : BoundClause(Span);
