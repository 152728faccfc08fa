using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>[p = (a)-->(b) WHERE predicate | projection]: one projected value per match of the pattern.</summary>
public sealed record BoundPatternComprehension(
    TextSpan Span,
    CypherType Type,
    BoundPatternPart Pattern,
    BoundExpression? Predicate,
    BoundExpression Projection)
    : BoundExpression(Span, Type);
