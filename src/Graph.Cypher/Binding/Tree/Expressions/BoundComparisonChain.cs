using Graph.Cypher.Syntax;
using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>a &lt; b &lt;= c: consecutive comparisons sharing operands, each operand evaluated once.</summary>
public sealed record BoundComparisonChain(
    TextSpan Span,
    CypherType Type,
    IReadOnlyList<BoundExpression> Operands,
    IReadOnlyList<BinaryOperator> Operators)
    : BoundExpression(Span, Type);
