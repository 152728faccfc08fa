using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>UNWIND list AS variable.</summary>
public sealed record UnwindClauseSyntax(
    TextSpan Span,
    ExpressionSyntax Expression,
    VariableSyntax Variable)
    : ClauseSyntax(Span);
