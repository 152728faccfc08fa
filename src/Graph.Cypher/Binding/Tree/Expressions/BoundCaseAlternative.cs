using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>WHEN condition-or-value THEN result.</summary>
public sealed record BoundCaseAlternative(
    TextSpan Span,
    BoundExpression When,
    BoundExpression Then)
    : BoundNode(Span);
