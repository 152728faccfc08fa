using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>An aggregating call such as count(DISTINCT x); count(*) has IsCountStar and no arguments.</summary>
public sealed record BoundAggregate(
    TextSpan Span,
    CypherType Type,
    FunctionSignature Function,
    IReadOnlyList<BoundExpression> Arguments,
    bool IsDistinct,
    bool IsCountStar)
    : BoundExpression(Span, Type);
