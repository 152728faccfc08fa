using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>Base of the selectors inside a map projection n {...}.</summary>
public abstract record MapProjectionItemSyntax(TextSpan Span) : SyntaxNode(Span);
