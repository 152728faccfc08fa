using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>Base of the items of SET and of MERGE's ON CREATE / ON MATCH actions.</summary>
public abstract record SetItemSyntax(TextSpan Span) : SyntaxNode(Span);
