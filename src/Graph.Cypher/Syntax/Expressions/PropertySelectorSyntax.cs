using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>.property inside a map projection.</summary>
public sealed record PropertySelectorSyntax(TextSpan Span, SyntaxToken Property) : MapProjectionItemSyntax(Span);
