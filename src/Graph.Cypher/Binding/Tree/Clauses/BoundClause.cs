using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>Base of bound clauses, in the order the query runs them.</summary>
public abstract record BoundClause(
    TextSpan Span)
    : BoundNode(Span);
