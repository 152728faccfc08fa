using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>SET target.key = value.</summary>
public sealed record BoundSetProperty(
    TextSpan Span,
    BoundExpression Target,
    string Key,
    BoundExpression Value)
    : BoundSetItem(Span);
