using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>Base of a query body: a single query or a union of two.</summary>
public abstract record BoundQueryPart(
    TextSpan Span,
    IReadOnlyList<string> Columns)
    : BoundNode(Span);
