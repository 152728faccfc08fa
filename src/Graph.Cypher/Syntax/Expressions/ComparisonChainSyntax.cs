using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>a &lt; b &lt;= c: two or more comparisons in a row, meaning (a &lt; b) AND (b &lt;= c) with b evaluated once.</summary>
public sealed record ComparisonChainSyntax(
    TextSpan Span,
    IReadOnlyList<ExpressionSyntax> Operands,
    IReadOnlyList<BinaryOperator> Operators)
    : ExpressionSyntax(Span);
