using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>MATCH pattern WHERE predicate.</summary>
public sealed record BoundMatch(
    TextSpan Span,
    BoundPattern Pattern,
    BoundExpression? Predicate)
    : BoundClause(Span);
