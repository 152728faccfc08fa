using Graph.Cypher.Diagnostics;

namespace Graph.Cypher.Binding;

/// <summary>
/// DELETE takes nodes, relationships, paths or lists of them: a label (DELETE n:L) is InvalidDelete, a value known
/// to be something else InvalidArgumentType.
/// </summary>
internal sealed class DeleteTargetRule : IQueryRule
{
    private static readonly CypherType[] Deletable = [CypherType.Node, CypherType.Relationship, CypherType.Path, CypherType.AnyList];

    public void Check(BoundQuery query, DiagnosticBag diagnostics)
    {
        foreach (var target in QueryRules.Clauses(query).OfType<BoundDelete>().SelectMany(delete => delete.Expressions))
        {
            if (target is BoundLabelPredicate)
            {
                diagnostics.ReportInvalidDelete(target.Span);
            }
            else if (!target.Type.CouldBeAnyOf(Deletable))
            {
                diagnostics.ReportInvalidArgumentType(target.Span, "DELETE expects a node, relationship or path", target.Type.ToString());
            }
        }
    }
}
