using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>Base of every node of the syntax tree; the span covers the node's source text.</summary>
public abstract record SyntaxNode(TextSpan Span);
