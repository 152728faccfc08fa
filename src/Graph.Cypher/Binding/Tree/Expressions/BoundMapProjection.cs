using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>n {.a, .*, key: value, v}: IncludesAllProperties for .*, then the entries in order (later keys win).</summary>
public sealed record BoundMapProjection(
    TextSpan Span,
    CypherType Type,
    BoundVariableReference Subject,
    bool IncludesAllProperties,
    IReadOnlyList<BoundMapEntry> Entries)
    : BoundExpression(Span, Type);
