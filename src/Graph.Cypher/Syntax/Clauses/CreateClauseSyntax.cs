using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>CREATE pattern.</summary>
public sealed record CreateClauseSyntax(TextSpan Span, PatternSyntax Pattern) : ClauseSyntax(Span);
