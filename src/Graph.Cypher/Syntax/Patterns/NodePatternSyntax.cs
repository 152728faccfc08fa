using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>(variable:Label {properties} WHERE predicate); properties are a map literal or a parameter.</summary>
public sealed record NodePatternSyntax(
    TextSpan Span,
    VariableSyntax? Variable,
    IReadOnlyList<SyntaxToken> Labels,
    ExpressionSyntax? Properties,
    ExpressionSyntax? Where)
    : SyntaxNode(Span);
