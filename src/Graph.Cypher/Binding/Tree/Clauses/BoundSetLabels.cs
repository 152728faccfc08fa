using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>SET n:A:B.</summary>
public sealed record BoundSetLabels(
    TextSpan Span,
    BoundExpression Target,
    IReadOnlyList<string> Labels)
    : BoundSetItem(Span);
