using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>SET n:Label:Other.</summary>
public sealed record SetLabelsSyntax(
    TextSpan Span,
    VariableSyntax Variable,
    IReadOnlyList<SyntaxToken> Labels)
    : SetItemSyntax(Span);
