using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>UNION [ALL] followed by the single query it joins.</summary>
public sealed record UnionSyntax(TextSpan Span, bool IsAll, SingleQuerySyntax Query) : SyntaxNode(Span);
