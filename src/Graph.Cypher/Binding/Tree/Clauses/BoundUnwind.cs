using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>UNWIND list AS variable.</summary>
public sealed record BoundUnwind(
    TextSpan Span,
    BoundExpression Expression,
    VariableSymbol Variable)
    : BoundClause(Span);
