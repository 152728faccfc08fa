using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>Comma-separated pattern parts of MATCH or CREATE.</summary>
public sealed record BoundPattern(
    TextSpan Span,
    IReadOnlyList<BoundPatternPart> Parts)
    : BoundNode(Span);
