using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>shortestPath(path) or allShortestPaths(path) (IsAll).</summary>
public sealed record ShortestPathPatternSyntax(
    TextSpan Span,
    bool IsAll,
    PathPatternSyntax Path)
    : PatternElementSyntax(Span);
