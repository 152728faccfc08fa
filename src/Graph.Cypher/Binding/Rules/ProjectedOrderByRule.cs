using Graph.Cypher.Diagnostics;

namespace Graph.Cypher.Binding;

/// <summary>
/// After DISTINCT or aggregation, ORDER BY (and the WHERE of WITH) sees only the projected columns and repetitions of projected
/// expressions; another variable is UndefinedVariable, as is any variable inside an aggregate that was not projected.
/// A variable beside an aggregate that a grouping key is computed from is left to <see cref="AmbiguousAggregationRule"/>.
/// </summary>
internal sealed class ProjectedOrderByRule : IQueryRule
{
    public void Check(BoundQuery query, DiagnosticBag diagnostics)
    {
        foreach (var clause in QueryRules.Clauses(query))
        {
            var (projection, predicate) = clause switch
            {
                BoundWith with => (with.Projection, with.Predicate),
                BoundReturn returned => (returned.Projection, null),
                _ => (null, null),
            };
            if (projection is { IsDistinct: true } or { IsAggregating: true })
            {
                var filters = predicate is null ? [] : new[] { new BoundSortItem(predicate.Span, predicate, IsDescending: false) };
                Check(new ProjectionKeys(projection), projection.OrderBy.Concat(filters), diagnostics);
            }
        }
    }

    private static void Check(ProjectionKeys keys, IEnumerable<BoundSortItem> sorts, DiagnosticBag diagnostics)
    {
        foreach (var sort in sorts)
        {
            var besideAggregate = keys.MixesAggregates(sort.Expression);
            var covering = besideAggregate ? keys.SortableBesideAggregate : keys.All;
            Visit(sort.Expression, insideAggregate: false);

            void Visit(BoundExpression expression, bool insideAggregate)
            {
                var key = BoundExpressionKey.Of(expression);
                if (!insideAggregate && covering.Contains(key))
                {
                    return;
                }

                if (expression is BoundVariableReference variable)
                {
                    var ambiguous = besideAggregate && !insideAggregate && keys.GroupingVariables.Contains(variable.Symbol.Name);
                    if (!keys.IsVisible(variable.Symbol, sort.Span) && !ambiguous)
                    {
                        diagnostics.ReportUndefinedVariable(variable.Span, variable.Symbol.Name);
                    }

                    return;
                }

                foreach (var child in BoundTreeWalker.Children(expression))
                {
                    Visit(child, insideAggregate || expression is BoundAggregate);
                }
            }
        }
    }
}
