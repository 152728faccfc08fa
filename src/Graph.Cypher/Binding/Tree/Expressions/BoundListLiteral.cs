using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>[item, ...].</summary>
public sealed record BoundListLiteral(
    TextSpan Span,
    CypherType Type,
    IReadOnlyList<BoundExpression> Items)
    : BoundExpression(Span, Type);
