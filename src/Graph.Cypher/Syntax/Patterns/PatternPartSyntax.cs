using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>One pattern part, optionally naming its path: p = (a)-->(b).</summary>
public sealed record PatternPartSyntax(
    TextSpan Span,
    VariableSyntax? PathVariable,
    PatternElementSyntax Element)
    : SyntaxNode(Span);
