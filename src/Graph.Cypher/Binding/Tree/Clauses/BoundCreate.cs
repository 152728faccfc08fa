using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>CREATE pattern: nodes and relationships with IsNew are created.</summary>
public sealed record BoundCreate(
    TextSpan Span,
    BoundPattern Pattern)
    : BoundClause(Span);
