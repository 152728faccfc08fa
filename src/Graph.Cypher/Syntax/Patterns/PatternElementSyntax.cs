using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>Base of what a pattern part describes: a path, or a shortest path around one.</summary>
public abstract record PatternElementSyntax(TextSpan Span) : SyntaxNode(Span);
