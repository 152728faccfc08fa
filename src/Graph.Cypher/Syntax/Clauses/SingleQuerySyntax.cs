using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>A sequence of clauses without UNION.</summary>
public sealed record SingleQuerySyntax(TextSpan Span, IReadOnlyList<ClauseSyntax> Clauses) : SyntaxNode(Span);
