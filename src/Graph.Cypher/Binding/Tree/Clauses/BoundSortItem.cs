using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>
/// One ORDER BY key. Parts that repeat a projected expression refer to its column instead; the rest may refer to
/// earlier variables only when the projection neither aggregates nor is DISTINCT.
/// </summary>
public sealed record BoundSortItem(
    TextSpan Span,
    BoundExpression Expression,
    bool IsDescending)
    : BoundNode(Span);
