using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>[x IN source WHERE predicate | projection]; Variable lives only inside.</summary>
public sealed record BoundListComprehension(
    TextSpan Span,
    CypherType Type,
    VariableSymbol Variable,
    BoundExpression Source,
    BoundExpression? Predicate,
    BoundExpression? Projection)
    : BoundExpression(Span, Type);
