using Graph.Cypher.Diagnostics;

namespace Graph.Cypher.Binding;

/// <summary>
/// The parts of a UNION return the same column names (DifferentColumnsInUnion), and UNION and UNION ALL are not mixed in
/// one query (InvalidClauseComposition).
/// </summary>
internal sealed class UnionRule : IQueryRule
{
    public void Check(BoundQuery query, DiagnosticBag diagnostics)
    {
        var bodies = BoundTreeWalker.SingleQueries(query.Body)
            .SelectMany(single => single.Clauses.SelectMany(BoundTreeWalker.Expressions))
            .SelectMany(expression => BoundTreeWalker.DescendantsAndSelf(expression.Expression))
            .OfType<BoundExistsSubquery>()
            .Select(exists => exists.Query)
            .OfType<BoundQueryPart>()
            .Prepend(query.Body);
        foreach (var body in bodies)
        {
            CheckUnions(body, diagnostics);
        }
    }

    private static void CheckUnions(BoundQueryPart body, DiagnosticBag diagnostics)
    {
        bool? firstIsAll = null;
        for (var part = body; part is BoundUnion union; part = union.Left)
        {
            // Same names, in any order: the engine lines the parts up by name.
            if (!union.Left.Columns.ToHashSet(StringComparer.Ordinal).SetEquals(union.Right.Columns))
            {
                diagnostics.ReportDifferentColumnsInUnion(union.Right.Span);
            }

            if (firstIsAll is not null && firstIsAll != union.IsAll)
            {
                diagnostics.ReportInvalidClauseComposition(union.Right.Span, "UNION and UNION ALL cannot be mixed in one query.");
            }

            firstIsAll ??= union.IsAll;
        }
    }
}
