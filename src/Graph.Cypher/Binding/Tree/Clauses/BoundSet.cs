using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>SET item, ....</summary>
public sealed record BoundSet(
    TextSpan Span,
    IReadOnlyList<BoundSetItem> Items)
    : BoundClause(Span);
