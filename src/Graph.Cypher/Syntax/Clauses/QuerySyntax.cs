using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>A whole statement: an optional EXPLAIN/PROFILE, a single query and what UNION joins to it.</summary>
public sealed record QuerySyntax(
    TextSpan Span,
    QueryPrefix Prefix,
    SingleQuerySyntax First,
    IReadOnlyList<UnionSyntax> Unions)
    : SyntaxNode(Span);
