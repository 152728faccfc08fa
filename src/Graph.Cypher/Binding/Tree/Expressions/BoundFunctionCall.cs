using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>A call of a non-aggregating function of the catalog.</summary>
public sealed record BoundFunctionCall(
    TextSpan Span,
    CypherType Type,
    FunctionSignature Function,
    IReadOnlyList<BoundExpression> Arguments)
    : BoundExpression(Span, Type);
