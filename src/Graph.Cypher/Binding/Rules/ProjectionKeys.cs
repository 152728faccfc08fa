namespace Graph.Cypher.Binding;

/// <summary>What ORDER BY and aggregation rules need to know of one projection, computed once.</summary>
internal sealed class ProjectionKeys(BoundProjection projection)
{
    public BoundProjection Projection { get; } = projection;

    public HashSet<VariableSymbol> Columns { get; } = [.. projection.Items.Select(item => item.Column)];

    /// <summary>Keys of every projected expression.</summary>
    public HashSet<string> All { get; } = [.. projection.Items.Select(item => BoundExpressionKey.Of(item.Expression))];

    /// <summary>
    /// Grouping keys an expression beside an aggregate may use: a variable or a variable's property (as in Neo4j, a
    /// computed grouping key does not count).
    /// </summary>
    public HashSet<string> SimpleGroupingKeys { get; } = [.. projection.GroupingKeys
        .Where(item => item.Expression is BoundVariableReference or BoundPropertyAccess { Target: BoundVariableReference })
        .Select(item => BoundExpressionKey.Of(item.Expression))];

    /// <summary>What ORDER BY may repeat beside an aggregate: simple grouping keys and the projected aggregates.</summary>
    public HashSet<string> SortableBesideAggregate => [.. SimpleGroupingKeys, .. Projection.Aggregates.Select(item => BoundExpressionKey.Of(item.Expression))];

    /// <summary>Names of the variables the grouping keys are computed from.</summary>
    public HashSet<string> GroupingVariables { get; } = [.. projection.GroupingKeys
        .SelectMany(item => BoundTreeWalker.DescendantsAndSelf(item.Expression))
        .OfType<BoundVariableReference>()
        .Select(reference => reference.Symbol.Name)];

    /// <summary>True for a column, or a variable declared inside <paramref name="within"/> (a comprehension's own).</summary>
    public bool IsVisible(VariableSymbol symbol, Text.TextSpan within) =>
        Columns.Contains(symbol) || (symbol.DeclaredAt.Start >= within.Start && symbol.DeclaredAt.End <= within.End);

    /// <summary>
    /// True when the expression aggregates: it holds an aggregate, or (after ORDER BY was pointed at the columns it
    /// repeats) refers to an aggregating column.
    /// </summary>
    public bool MixesAggregates(BoundExpression expression) =>
        BoundTreeWalker.DescendantsAndSelf(expression).Any(node =>
            node is BoundAggregate || (node is BoundVariableReference reference && AggregateColumns.Contains(reference.Symbol)));

    private HashSet<VariableSymbol> AggregateColumns => [.. Projection.Aggregates.Select(item => item.Column)];
}
