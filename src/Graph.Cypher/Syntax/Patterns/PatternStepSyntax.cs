using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>One hop of a path: the relationship and the node it reaches.</summary>
public sealed record PatternStepSyntax(
    TextSpan Span,
    RelationshipPatternSyntax Relationship,
    NodePatternSyntax Node)
    : SyntaxNode(Span);
