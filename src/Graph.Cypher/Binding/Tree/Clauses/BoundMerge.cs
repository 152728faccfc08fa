using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>MERGE pattern ON CREATE SET ... ON MATCH SET ....</summary>
public sealed record BoundMerge(
    TextSpan Span,
    BoundPatternPart Pattern,
    IReadOnlyList<BoundSetItem> OnCreate,
    IReadOnlyList<BoundSetItem> OnMatch)
    : BoundClause(Span);
