using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>REMOVE n:Label:Other.</summary>
public sealed record RemoveLabelsSyntax(
    TextSpan Span,
    VariableSyntax Variable,
    IReadOnlyList<SyntaxToken> Labels)
    : RemoveItemSyntax(Span);
