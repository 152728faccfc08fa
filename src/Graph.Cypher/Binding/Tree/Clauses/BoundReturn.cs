using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>RETURN projection; its columns are the result of the query.</summary>
public sealed record BoundReturn(
    TextSpan Span,
    BoundProjection Projection)
    : BoundClause(Span);
