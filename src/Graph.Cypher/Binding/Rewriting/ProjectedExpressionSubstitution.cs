namespace Graph.Cypher.Binding;

/// <summary>
/// Points ORDER BY and WITH ... WHERE at the columns they repeat: after RETURN a.name AS n, ORDER BY a.name becomes
/// ORDER BY n, so a planner can sort after projecting (needed after DISTINCT and aggregation). Beside an aggregate
/// only simple grouping keys and projected aggregates are substituted, so that what stays an implicit grouping key
/// is still seen by <see cref="AmbiguousAggregationRule"/>.
/// </summary>
internal static class ProjectedExpressionSubstitution
{
    public static BoundExpression Apply(BoundExpression expression, IReadOnlyList<BoundProjectionItem> items)
    {
        var besideAggregate = BoundTreeWalker.ContainsAggregate(expression);
        var columns = new Dictionary<string, VariableSymbol>(StringComparer.Ordinal);
        foreach (var item in items.Where(item => !besideAggregate || IsSubstitutableBesideAggregate(item)))
        {
            columns.TryAdd(BoundExpressionKey.Of(item.Expression), item.Column);
        }

        return BoundExpressionRewriter.Rewrite(expression, candidate =>
            candidate is not (BoundLiteral or BoundParameter) && columns.TryGetValue(BoundExpressionKey.Of(candidate), out var column)
                ? new BoundVariableReference(candidate.Span, column.Type, column)
                : null);
    }

    private static bool IsSubstitutableBesideAggregate(BoundProjectionItem item) =>
        item.IsAggregating || item.Expression is BoundVariableReference or BoundPropertyAccess { Target: BoundVariableReference };
}
