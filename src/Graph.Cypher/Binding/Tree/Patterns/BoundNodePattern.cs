using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>(v:Label {props} WHERE predicate). Variable is generated for an anonymous node; IsNew says this pattern introduced it (else it was bound before).</summary>
public sealed record BoundNodePattern(
    TextSpan Span,
    VariableSymbol Variable,
    bool IsNew,
    IReadOnlyList<string> Labels,
    BoundExpression? Properties,
    BoundExpression? Predicate)
    : BoundNode(Span);
