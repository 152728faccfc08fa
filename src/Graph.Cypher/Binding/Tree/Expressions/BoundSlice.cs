using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>target[from..to]; a missing bound is null.</summary>
public sealed record BoundSlice(
    TextSpan Span,
    CypherType Type,
    BoundExpression Target,
    BoundExpression? From,
    BoundExpression? To)
    : BoundExpression(Span, Type);
