using Graph.Cypher.Text;

namespace Graph.Cypher.Syntax;

/// <summary>A node followed by relationship-node steps.</summary>
public sealed record PathPatternSyntax(
    TextSpan Span,
    NodePatternSyntax Start,
    IReadOnlyList<PatternStepSyntax> Steps)
    : PatternElementSyntax(Span);
