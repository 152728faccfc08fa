using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>Comma-separated pattern parts, as after MATCH or CREATE.</summary>
public sealed record PatternSyntax(TextSpan Span, IReadOnlyList<PatternPartSyntax> Parts) : SyntaxNode(Span);
