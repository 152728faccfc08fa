using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>WITH projection [WHERE predicate].</summary>
public sealed record WithClauseSyntax(
    TextSpan Span,
    ProjectionBodySyntax Projection,
    ExpressionSyntax? Where)
    : ClauseSyntax(Span);
