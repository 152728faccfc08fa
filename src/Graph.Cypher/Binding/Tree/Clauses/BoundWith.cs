using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>
/// WITH projection WHERE predicate; only the projected columns are visible afterwards. The predicate refers to the
/// columns, and (when the projection neither aggregates nor is DISTINCT) may also refer to variables of before the WITH,
/// so it is evaluated beside the projection, before the earlier variables are dropped.
/// </summary>
public sealed record BoundWith(
    TextSpan Span,
    BoundProjection Projection,
    BoundExpression? Predicate)
    : BoundClause(Span);
