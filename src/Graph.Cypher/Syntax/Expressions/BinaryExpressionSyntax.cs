using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>left operator right, for every binary operator including a single comparison.</summary>
public sealed record BinaryExpressionSyntax(
    TextSpan Span,
    ExpressionSyntax Left,
    BinaryOperator Operator,
    ExpressionSyntax Right)
    : ExpressionSyntax(Span);
