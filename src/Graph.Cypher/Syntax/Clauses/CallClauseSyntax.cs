using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>CALL ns.proc(args) [YIELD * | YIELD field [AS alias], ... [WHERE predicate]]. Arguments is null when the call has no parentheses: a standalone call then takes its arguments from the parameters.</summary>
public sealed record CallClauseSyntax(
    TextSpan Span,
    IReadOnlyList<SyntaxToken> NameParts,
    IReadOnlyList<ExpressionSyntax>? Arguments,
    bool YieldsAll,
    IReadOnlyList<YieldItemSyntax> YieldItems,
    ExpressionSyntax? Where)
    : ClauseSyntax(Span)
{
    public string Name => string.Join('.', NameParts.Select(part => part.Name));
}
