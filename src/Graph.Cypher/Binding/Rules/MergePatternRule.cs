using Graph.Cypher.Diagnostics;

namespace Graph.Cypher.Binding;

/// <summary>
/// MERGE follows CREATE's rules, except that its relationships may be undirected (then matched either way and
/// created in one direction).
/// </summary>
internal sealed class MergePatternRule : IQueryRule
{
    public void Check(BoundQuery query, DiagnosticBag diagnostics)
    {
        foreach (var merge in QueryRules.Clauses(query).OfType<BoundMerge>())
        {
            CreatePatternRule.CheckBoundNodes(merge.Pattern, diagnostics);
            foreach (var relationship in merge.Pattern.Relationships)
            {
                CreatePatternRule.CheckRelationship(relationship, "MERGE", diagnostics);
            }
        }
    }
}
