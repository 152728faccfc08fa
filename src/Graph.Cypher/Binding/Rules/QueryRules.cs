using Graph.Cypher.Diagnostics;

namespace Graph.Cypher.Binding;

/// <summary>
/// The rules checked once the tree is bound. Scoping errors (UndefinedVariable, VariableAlreadyBound,
/// VariableTypeConflict) are the binder's own, and ProjectionAliasRule and FunctionCallRule run while binding.
/// </summary>
internal static class QueryRules
{
    private static readonly IQueryRule[] Rules =
    [
        new ClauseCompositionRule(),
        new UnionRule(),
        new CreatePatternRule(),
        new MergePatternRule(),
        new ParameterPropertyMapRule(),
        new DeleteTargetRule(),
        new SetRemoveTargetRule(),
        new AggregationPlacementRule(),
        new ProjectedOrderByRule(),
        new AmbiguousAggregationRule(),
        new SkipLimitRule(),
        new PatternPredicateRule(),
        new ExpressionTypeRule(),
        new FunctionArgumentTypeRule(),
    ];

    public static void Check(BoundQuery query, DiagnosticBag diagnostics)
    {
        foreach (var rule in Rules)
        {
            rule.Check(query, diagnostics);
        }
    }

    /// <summary>Every clause of the query, subqueries' included.</summary>
    public static IEnumerable<BoundClause> Clauses(BoundQuery query) =>
        BoundTreeWalker.SingleQueries(query.Body).SelectMany(single => single.Clauses);

    /// <summary>Every WITH and RETURN projection of the query.</summary>
    public static IEnumerable<BoundProjection> Projections(BoundQuery query) =>
        Clauses(query).Select(clause => clause switch
        {
            BoundWith with => with.Projection,
            BoundReturn returned => returned.Projection,
            _ => null,
        }).OfType<BoundProjection>();
}
