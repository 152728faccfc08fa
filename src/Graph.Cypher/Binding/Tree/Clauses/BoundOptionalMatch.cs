using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>OPTIONAL MATCH pattern WHERE predicate: new variables are null when nothing matches.</summary>
public sealed record BoundOptionalMatch(
    TextSpan Span,
    BoundPattern Pattern,
    BoundExpression? Predicate)
    : BoundClause(Span);
