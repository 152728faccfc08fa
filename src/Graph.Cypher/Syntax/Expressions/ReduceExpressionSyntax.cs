using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>reduce(accumulator = initial, variable IN source | step).</summary>
public sealed record ReduceExpressionSyntax(
    TextSpan Span,
    VariableSyntax Accumulator,
    ExpressionSyntax Initial,
    VariableSyntax Variable,
    ExpressionSyntax Source,
    ExpressionSyntax Step)
    : ExpressionSyntax(Span);
