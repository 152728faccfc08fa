using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>[OPTIONAL] MATCH pattern [WHERE predicate].</summary>
public sealed record MatchClauseSyntax(
    TextSpan Span,
    bool IsOptional,
    PatternSyntax Pattern,
    ExpressionSyntax? Where)
    : ClauseSyntax(Span);
