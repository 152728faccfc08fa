using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>CASE [subject] WHEN ... THEN ... [ELSE ...] END; with a subject, When values are compared to it.</summary>
public sealed record BoundCase(
    TextSpan Span,
    CypherType Type,
    BoundExpression? Subject,
    IReadOnlyList<BoundCaseAlternative> Alternatives,
    BoundExpression? Else)
    : BoundExpression(Span, Type);
