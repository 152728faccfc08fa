using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>-[variable:TYPE|OTHER *1..3 {properties} WHERE predicate]-> with its direction.</summary>
public sealed record RelationshipPatternSyntax(
    TextSpan Span,
    RelationshipDirection Direction,
    VariableSyntax? Variable,
    IReadOnlyList<SyntaxToken> Types,
    VariableLengthSyntax? Length,
    ExpressionSyntax? Properties,
    ExpressionSyntax? Where)
    : SyntaxNode(Span);
