using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>Clauses in order; Columns are those of its final RETURN (empty for an update-only query).</summary>
public sealed record BoundSingleQuery(
    TextSpan Span,
    IReadOnlyList<string> Columns,
    IReadOnlyList<BoundClause> Clauses)
    : BoundQueryPart(Span, Columns);
