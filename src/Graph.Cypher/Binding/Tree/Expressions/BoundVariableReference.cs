using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>A use of a variable; Symbol is the declaration it resolves to.</summary>
public sealed record BoundVariableReference(
    TextSpan Span,
    CypherType Type,
    VariableSymbol Symbol)
    : BoundExpression(Span, Type);
