using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>A pattern used as a predicate, as in WHERE (a)-->(b) or exists((a)-->()): true when it has a match. It introduces no variables.</summary>
public sealed record BoundPatternPredicate(
    TextSpan Span,
    CypherType Type,
    BoundPatternPart Pattern)
    : BoundExpression(Span, Type);
