using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>$name: the value comes with the query; the name is also listed in BoundQuery.Parameters.</summary>
public sealed record BoundParameter(
    TextSpan Span,
    CypherType Type,
    string Name)
    : BoundExpression(Span, Type);
