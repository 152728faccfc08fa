using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>[DETACH] DELETE expression, ....</summary>
public sealed record DeleteClauseSyntax(
    TextSpan Span,
    bool IsDetach,
    IReadOnlyList<ExpressionSyntax> Expressions)
    : ClauseSyntax(Span);
