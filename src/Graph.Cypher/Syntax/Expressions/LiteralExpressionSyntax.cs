using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>A number, string, boolean or null literal. Value is long, double, string, bool or null; an integer that overflows keeps its text in Token and has a null Value.</summary>
public sealed record LiteralExpressionSyntax(TextSpan Span, SyntaxToken Token, object? Value) : ExpressionSyntax(Span);
