using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>One YIELD item: field [AS alias].</summary>
public sealed record YieldItemSyntax(TextSpan Span, SyntaxToken Field, VariableSyntax? Alias) : SyntaxNode(Span);
