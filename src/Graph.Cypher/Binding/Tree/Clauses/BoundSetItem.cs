using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>Base of SET items.</summary>
public abstract record BoundSetItem(
    TextSpan Span)
    : BoundNode(Span);
