using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>A relationship pattern used as an expression, as in WHERE (a)-->(b) or exists((a)-->()).</summary>
public sealed record PatternExpressionSyntax(TextSpan Span, PathPatternSyntax Pattern) : ExpressionSyntax(Span);
