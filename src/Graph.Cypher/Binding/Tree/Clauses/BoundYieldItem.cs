using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>One YIELD field and the variable it is bound to.</summary>
public sealed record BoundYieldItem(
    TextSpan Span,
    string Field,
    VariableSymbol Variable)
    : BoundNode(Span);
