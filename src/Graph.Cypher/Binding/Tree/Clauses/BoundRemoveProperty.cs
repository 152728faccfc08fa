using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>REMOVE target.key.</summary>
public sealed record BoundRemoveProperty(
    TextSpan Span,
    BoundExpression Target,
    string Key)
    : BoundRemoveItem(Span);
