using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>A bare variable inside a map projection, keyed by its name.</summary>
public sealed record VariableSelectorSyntax(TextSpan Span, VariableSyntax Variable) : MapProjectionItemSyntax(Span);
