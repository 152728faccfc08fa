using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>One path: Nodes[i] -Relationships[i]- Nodes[i + 1]; PathVariable names the whole path (p = ...).</summary>
public sealed record BoundPatternPart(
    TextSpan Span,
    VariableSymbol? PathVariable,
    PathSelector Selector,
    IReadOnlyList<BoundNodePattern> Nodes,
    IReadOnlyList<BoundRelationshipPattern> Relationships)
    : BoundNode(Span);
