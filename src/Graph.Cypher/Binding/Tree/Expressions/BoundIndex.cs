using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>target[index] on a list (integer index) or a map (string key).</summary>
public sealed record BoundIndex(
    TextSpan Span,
    CypherType Type,
    BoundExpression Target,
    BoundExpression Index)
    : BoundExpression(Span, Type);
