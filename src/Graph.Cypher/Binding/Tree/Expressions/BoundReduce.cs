using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>reduce(acc = initial, x IN source | step).</summary>
public sealed record BoundReduce(
    TextSpan Span,
    CypherType Type,
    VariableSymbol Accumulator,
    BoundExpression Initial,
    VariableSymbol Variable,
    BoundExpression Source,
    BoundExpression Step)
    : BoundExpression(Span, Type);
