using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>Left UNION [ALL] Right; both have the same columns.</summary>
public sealed record BoundUnion(
    TextSpan Span,
    IReadOnlyList<string> Columns,
    BoundQueryPart Left,
    BoundQueryPart Right,
    bool IsAll)
    : BoundQueryPart(Span, Columns);
