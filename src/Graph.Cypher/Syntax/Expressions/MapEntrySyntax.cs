using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>key: value inside a map literal.</summary>
public sealed record MapEntrySyntax(TextSpan Span, SyntaxToken Key, ExpressionSyntax Value) : SyntaxNode(Span);
