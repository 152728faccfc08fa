using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>A number, string, boolean or null; Value is long, double, string, bool or null.</summary>
public sealed record BoundLiteral(
    TextSpan Span,
    CypherType Type,
    object? Value)
    : BoundExpression(Span, Type);
