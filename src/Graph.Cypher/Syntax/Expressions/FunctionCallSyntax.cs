using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>ns.name([DISTINCT] arguments); DISTINCT is meaningful for aggregations.</summary>
public sealed record FunctionCallSyntax(
    TextSpan Span,
    IReadOnlyList<SyntaxToken> NameParts,
    bool IsDistinct,
    IReadOnlyList<ExpressionSyntax> Arguments)
    : ExpressionSyntax(Span)
{
    public string Name => string.Join('.', NameParts.Select(part => part.Name));
}
