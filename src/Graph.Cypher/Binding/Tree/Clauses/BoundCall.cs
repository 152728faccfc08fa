using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>CALL procedure(arguments) YIELD ...; Arguments is null when written without parentheses (taken from parameters); Signature is null when no procedure catalog was given.</summary>
public sealed record BoundCall(
    TextSpan Span,
    string Procedure,
    ProcedureSignature? Signature,
    IReadOnlyList<BoundExpression>? Arguments,
    bool YieldsAll,
    IReadOnlyList<BoundYieldItem> Yields,
    BoundExpression? Predicate,
    bool IsStandalone)
    : BoundClause(Span);
