using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>target.key on a node, relationship or map.</summary>
public sealed record BoundPropertyAccess(
    TextSpan Span,
    CypherType Type,
    BoundExpression Target,
    string Key)
    : BoundExpression(Span, Type);
