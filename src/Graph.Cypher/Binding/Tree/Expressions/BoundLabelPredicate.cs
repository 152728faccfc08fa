using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>target:A:B, true when the node has every label.</summary>
public sealed record BoundLabelPredicate(
    TextSpan Span,
    CypherType Type,
    BoundExpression Target,
    IReadOnlyList<string> Labels)
    : BoundExpression(Span, Type);
