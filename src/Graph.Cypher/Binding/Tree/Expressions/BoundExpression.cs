using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>Base of bound expressions: each knows its source span and its inferred type (Any when unsure).</summary>
public abstract record BoundExpression(
    TextSpan Span,
    CypherType Type)
    : BoundNode(Span);
