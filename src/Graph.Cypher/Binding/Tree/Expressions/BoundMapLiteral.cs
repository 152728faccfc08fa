using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>{key: value, ...}.</summary>
public sealed record BoundMapLiteral(
    TextSpan Span,
    CypherType Type,
    IReadOnlyList<BoundMapEntry> Entries)
    : BoundExpression(Span, Type);
