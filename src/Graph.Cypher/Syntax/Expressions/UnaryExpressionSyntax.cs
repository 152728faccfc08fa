using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>NOT x, -x, +x.</summary>
public sealed record UnaryExpressionSyntax(
    TextSpan Span,
    UnaryOperator Operator,
    ExpressionSyntax Operand)
    : ExpressionSyntax(Span);
