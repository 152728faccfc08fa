using Graph.Cypher.Syntax;
using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>NOT x, -x, +x.</summary>
public sealed record BoundUnaryExpression(
    TextSpan Span,
    CypherType Type,
    UnaryOperator Operator,
    BoundExpression Operand)
    : BoundExpression(Span, Type);
