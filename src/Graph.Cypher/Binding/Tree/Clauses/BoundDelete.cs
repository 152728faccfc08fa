using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>[DETACH] DELETE expression, ....</summary>
public sealed record BoundDelete(
    TextSpan Span,
    IReadOnlyList<BoundExpression> Expressions,
    bool IsDetach)
    : BoundClause(Span);
