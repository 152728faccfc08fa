using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>One column: its expression, the symbol it is visible as afterwards and its name.</summary>
public sealed record BoundProjectionItem(
    TextSpan Span,
    BoundExpression Expression,
    VariableSymbol Column,
    bool IsAggregating)
    : BoundNode(Span)
{
    public string Name => Column.Name;
}
