using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>The * of a variable-length relationship: * (no bounds), *2 (IsRange false: exactly 2), *1..3, *..3, *2...</summary>
public sealed record VariableLengthSyntax(
    TextSpan Span,
    LiteralExpressionSyntax? Minimum,
    LiteralExpressionSyntax? Maximum,
    bool IsRange)
    : SyntaxNode(Span);
