using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>all/any/none/single(variable IN source WHERE predicate).</summary>
public sealed record QuantifierExpressionSyntax(
    TextSpan Span,
    Quantifier Quantifier,
    VariableSyntax Variable,
    ExpressionSyntax Source,
    ExpressionSyntax? Where)
    : ExpressionSyntax(Span);
