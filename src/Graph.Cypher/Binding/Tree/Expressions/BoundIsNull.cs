using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>x IS NULL, or IS NOT NULL when IsNegated.</summary>
public sealed record BoundIsNull(
    TextSpan Span,
    CypherType Type,
    BoundExpression Operand,
    bool IsNegated)
    : BoundExpression(Span, Type);
