using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>Base of the items of REMOVE.</summary>
public abstract record RemoveItemSyntax(TextSpan Span) : SyntaxNode(Span);
