using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>key: value of a map literal or a map projection.</summary>
public sealed record BoundMapEntry(
    TextSpan Span,
    string Key,
    BoundExpression Value)
    : BoundNode(Span);
