using Graph.Cypher.Text;

namespace Graph.Cypher.Binding;

/// <summary>What WITH and RETURN share. Items with IsAggregating are the aggregates, the others the grouping keys when any item aggregates; RETURN * and WITH * are expanded into Items.</summary>
public sealed record BoundProjection(
    TextSpan Span,
    bool IsDistinct,
    IReadOnlyList<BoundProjectionItem> Items,
    IReadOnlyList<BoundSortItem> OrderBy,
    BoundExpression? Skip,
    BoundExpression? Limit)
    : BoundNode(Span)
{
    public bool IsAggregating => Items.Any(item => item.IsAggregating);

    public IEnumerable<BoundProjectionItem> GroupingKeys => Items.Where(item => !item.IsAggregating);

    public IEnumerable<BoundProjectionItem> Aggregates => Items.Where(item => item.IsAggregating);
}
