using Graph.Cypher.Diagnostics;

namespace Graph.Cypher.Binding;

/// <summary>
/// How clauses may follow each other (InvalidClauseComposition): RETURN only at the end, a query ends in RETURN, an
/// update or a procedure call, and EXISTS { } subqueries only read.
/// </summary>
internal sealed class ClauseCompositionRule : IQueryRule
{
    public void Check(BoundQuery query, DiagnosticBag diagnostics)
    {
        foreach (var single in Branches(query.Body))
        {
            CheckEnding(single, query.Body is BoundUnion, diagnostics);
        }

        foreach (var single in BoundTreeWalker.SingleQueries(query.Body).Except(Branches(query.Body)))
        {
            foreach (var update in single.Clauses.Where(IsUpdate))
            {
                diagnostics.ReportInvalidClauseComposition(update.Span, "An EXISTS subquery cannot update the graph.");
            }
        }
    }

    private static void CheckEnding(BoundSingleQuery single, bool isUnionBranch, DiagnosticBag diagnostics)
    {
        foreach (var returned in single.Clauses.SkipLast(1).OfType<BoundReturn>())
        {
            diagnostics.ReportInvalidClauseComposition(returned.Span, "RETURN can only be used at the end of a query.");
        }

        var last = single.Clauses.Count > 0 ? single.Clauses[^1] : null;
        var endsWell = last is BoundReturn || (!isUnionBranch && (IsUpdate(last) || last is BoundCall));
        if (last is not null && !endsWell)
        {
            diagnostics.ReportInvalidClauseComposition(last.Span, isUnionBranch
                ? "Every part of a UNION must end with RETURN."
                : "A query must end with RETURN, an updating clause or a procedure call.");
        }
    }

    private static IEnumerable<BoundSingleQuery> Branches(BoundQueryPart part) => part switch
    {
        BoundUnion union => Branches(union.Left).Concat(Branches(union.Right)),
        BoundSingleQuery single => [single],
        _ => [],
    };

    private static bool IsUpdate(BoundClause? clause) =>
        clause is BoundCreate or BoundMerge or BoundSet or BoundRemove or BoundDelete;
}
