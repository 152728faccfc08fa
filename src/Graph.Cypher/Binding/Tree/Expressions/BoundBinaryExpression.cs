using Graph.Cypher.Syntax;
using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>left op right: boolean connectives, comparisons, string and list predicates, arithmetic.</summary>
public sealed record BoundBinaryExpression(
    TextSpan Span,
    CypherType Type,
    BoundExpression Left,
    BinaryOperator Operator,
    BoundExpression Right)
    : BoundExpression(Span, Type);
