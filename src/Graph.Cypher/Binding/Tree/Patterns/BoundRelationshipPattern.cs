using Graph.Cypher.Syntax;
using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>-[v:T1|T2 *min..max {props} WHERE predicate]-&gt;. Length is null for a single hop; Types empty means any type.</summary>
public sealed record BoundRelationshipPattern(
    TextSpan Span,
    VariableSymbol Variable,
    bool IsNew,
    IReadOnlyList<string> Types,
    RelationshipDirection Direction,
    BoundVariableLength? Length,
    BoundExpression? Properties,
    BoundExpression? Predicate)
    : BoundNode(Span);
