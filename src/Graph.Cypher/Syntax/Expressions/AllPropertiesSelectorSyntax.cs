using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>.* inside a map projection.</summary>
public sealed record AllPropertiesSelectorSyntax(TextSpan Span) : MapProjectionItemSyntax(Span);
