using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>REMOVE n:A:B.</summary>
public sealed record BoundRemoveLabels(
    TextSpan Span,
    BoundExpression Target,
    IReadOnlyList<string> Labels)
    : BoundRemoveItem(Span);
