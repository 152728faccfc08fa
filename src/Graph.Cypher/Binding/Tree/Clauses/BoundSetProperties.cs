using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>SET target = map (replace all) or SET target += map (IsMerge).</summary>
public sealed record BoundSetProperties(
    TextSpan Span,
    BoundExpression Target,
    BoundExpression Value,
    bool IsMerge)
    : BoundSetItem(Span);
