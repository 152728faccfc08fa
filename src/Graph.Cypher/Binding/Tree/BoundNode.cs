using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>Base of the bound tree; every node keeps the span of the syntax it was bound from.</summary>
public abstract record BoundNode(TextSpan Span);
