using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>RETURN projection.</summary>
public sealed record ReturnClauseSyntax(TextSpan Span, ProjectionBodySyntax Projection) : ClauseSyntax(Span);
