using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>EXISTS { query } or EXISTS { pattern [WHERE predicate] }; exactly one of Query and Pattern is set.</summary>
public sealed record ExistsSubquerySyntax(
    TextSpan Span,
    QuerySyntax? Query,
    PatternSyntax? Pattern,
    ExpressionSyntax? Where)
    : ExpressionSyntax(Span);
