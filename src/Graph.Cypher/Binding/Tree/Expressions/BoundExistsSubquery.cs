using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>EXISTS { pattern WHERE predicate } (Pattern set) or EXISTS { query } (Query set); true when it finds a row.</summary>
public sealed record BoundExistsSubquery(
    TextSpan Span,
    CypherType Type,
    BoundPattern? Pattern,
    BoundExpression? Predicate,
    BoundQueryPart? Query)
    : BoundExpression(Span, Type);
