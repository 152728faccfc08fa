using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>$name or $0.</summary>
public sealed record ParameterSyntax(TextSpan Span, SyntaxToken Token) : ExpressionSyntax(Span)
{
    public string Name => Token.Name;
}
