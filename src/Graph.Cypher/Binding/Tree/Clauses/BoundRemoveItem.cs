using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>Base of REMOVE items.</summary>
public abstract record BoundRemoveItem(
    TextSpan Span)
    : BoundNode(Span);
