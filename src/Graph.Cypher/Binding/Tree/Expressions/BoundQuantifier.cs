using Graph.Cypher.Syntax;
using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>all/any/none/single(x IN source WHERE predicate).</summary>
public sealed record BoundQuantifier(
    TextSpan Span,
    CypherType Type,
    Quantifier Quantifier,
    VariableSymbol Variable,
    BoundExpression Source,
    BoundExpression? Predicate)
    : BoundExpression(Span, Type);
