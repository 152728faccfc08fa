using Graph.Cypher.Diagnostics;

namespace Graph.Cypher.Binding;

/// <summary>
/// Aggregates belong in WITH and RETURN items, and in ORDER BY after a projection that aggregates; anywhere else
/// (WHERE, patterns, updates, UNWIND, SKIP, ...) they are InvalidAggregation. An aggregate inside another is
/// NestedAggregation.
/// </summary>
internal sealed class AggregationPlacementRule : IQueryRule
{
    public void Check(BoundQuery query, DiagnosticBag diagnostics)
    {
        foreach (var clause in QueryRules.Clauses(query))
        {
            var aggregating = clause is BoundWith { Projection.IsAggregating: true } or BoundReturn { Projection.IsAggregating: true };
            foreach (var (expression, place) in BoundTreeWalker.Expressions(clause))
            {
                var aggregates = BoundTreeWalker.DescendantsAndSelf(expression).OfType<BoundAggregate>().ToList();
                if (place == ExpressionPlace.ProjectionItem || (place == ExpressionPlace.OrderBy && aggregating))
                {
                    ReportNested(aggregates, diagnostics);
                }
                else if (aggregates.Count > 0)
                {
                    diagnostics.ReportInvalidAggregation(aggregates[0].Span, Describe(place));
                }
            }
        }
    }

    private static void ReportNested(List<BoundAggregate> aggregates, DiagnosticBag diagnostics)
    {
        foreach (var aggregate in aggregates)
        {
            var nested = aggregate.Arguments.SelectMany(BoundTreeWalker.DescendantsAndSelf).OfType<BoundAggregate>().FirstOrDefault();
            if (nested is not null)
            {
                diagnostics.ReportNestedAggregation(nested.Span);
                return;
            }
        }
    }

    private static string Describe(ExpressionPlace place) => place switch
    {
        ExpressionPlace.Predicate => "WHERE",
        ExpressionPlace.OrderBy => "ORDER BY after a projection that does not aggregate",
        ExpressionPlace.Skip => "SKIP",
        ExpressionPlace.Limit => "LIMIT",
        ExpressionPlace.PatternProperties => "patterns",
        ExpressionPlace.Unwind => "UNWIND",
        ExpressionPlace.Update => "SET and REMOVE",
        ExpressionPlace.Delete => "DELETE",
        ExpressionPlace.CallArgument => "procedure arguments",
        _ => "this place",
    };
}
