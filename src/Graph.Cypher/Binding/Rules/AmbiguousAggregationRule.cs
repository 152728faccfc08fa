using Graph.Cypher.Diagnostics;

namespace Graph.Cypher.Binding;

/// <summary>
/// In a projection that aggregates, an expression mixing aggregates with other values may only use grouping keys
/// that are variables or their properties outside the aggregates: RETURN n.a, n.a + n.b + count(*) is
/// AmbiguousAggregationExpression, since n.b is no grouping key. The same holds for its ORDER BY.
/// </summary>
internal sealed class AmbiguousAggregationRule : IQueryRule
{
    public void Check(BoundQuery query, DiagnosticBag diagnostics)
    {
        foreach (var projection in QueryRules.Projections(query).Where(projection => projection.IsAggregating))
        {
            var keys = new ProjectionKeys(projection);
            foreach (var item in projection.Aggregates)
            {
                Check(item.Expression, item.Span, keys, isOrderBy: false, diagnostics);
            }

            foreach (var sort in projection.OrderBy.Where(sort => keys.MixesAggregates(sort.Expression)))
            {
                Check(sort.Expression, sort.Span, keys, isOrderBy: true, diagnostics);
            }
        }
    }

    private static void Check(BoundExpression root, Text.TextSpan span, ProjectionKeys keys, bool isOrderBy, DiagnosticBag diagnostics)
    {
        var covering = isOrderBy ? keys.SortableBesideAggregate : keys.SimpleGroupingKeys;
        var offending = FindImplicitGroupingKey(root, span, keys, covering, isOrderBy);
        if (offending is not null)
        {
            diagnostics.ReportAmbiguousAggregation(offending.Span, offending.Symbol.Name);
        }
    }

    private static BoundVariableReference? FindImplicitGroupingKey(
        BoundExpression expression, Text.TextSpan span, ProjectionKeys keys, HashSet<string> covering, bool isOrderBy)
    {
        if (expression is BoundAggregate || covering.Contains(BoundExpressionKey.Of(expression)))
        {
            return null;
        }

        if (expression is BoundVariableReference variable)
        {
            var visible = isOrderBy ? keys.IsVisible(variable.Symbol, span) : variable.Symbol.DeclaredAt.Start >= span.Start && variable.Symbol.DeclaredAt.End <= span.End;
            var implicitKey = !visible && (!isOrderBy || keys.GroupingVariables.Contains(variable.Symbol.Name));
            return implicitKey ? variable : null;
        }

        return BoundTreeWalker.Children(expression)
            .Select(child => FindImplicitGroupingKey(child, span, keys, covering, isOrderBy))
            .FirstOrDefault(found => found is not null);
    }
}
