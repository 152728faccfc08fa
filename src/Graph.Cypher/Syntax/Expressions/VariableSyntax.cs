using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>A reference to a variable by name.</summary>
public sealed record VariableSyntax(TextSpan Span, SyntaxToken Identifier) : ExpressionSyntax(Span)
{
    public string Name => Identifier.Name;
}
