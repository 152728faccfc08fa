using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>REMOVE n.key.</summary>
public sealed record RemovePropertySyntax(TextSpan Span, PropertyAccessSyntax Target) : RemoveItemSyntax(Span);
