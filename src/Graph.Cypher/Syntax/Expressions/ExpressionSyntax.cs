using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>Base of all expressions.</summary>
public abstract record ExpressionSyntax(TextSpan Span) : SyntaxNode(Span);
