using Graph.Cypher.Diagnostics;

namespace Graph.Cypher.Binding;

/// <summary>
/// MATCH and MERGE cannot take a whole property map from a parameter, (n $props), since the planner must know the
/// keys it matches on (InvalidParameterUse). CREATE can.
/// </summary>
internal sealed class ParameterPropertyMapRule : IQueryRule
{
    public void Check(BoundQuery query, DiagnosticBag diagnostics)
    {
        foreach (var clause in QueryRules.Clauses(query))
        {
            var (parts, name) = clause switch
            {
                BoundMatch match => (match.Pattern.Parts, "MATCH"),
                BoundOptionalMatch match => (match.Pattern.Parts, "OPTIONAL MATCH"),
                BoundMerge merge => ([merge.Pattern], "MERGE"),
                _ => ((IReadOnlyList<BoundPatternPart>)[], ""),
            };
            var properties = parts.SelectMany(part => part.Nodes.Select(node => node.Properties)
                .Concat(part.Relationships.Select(relationship => relationship.Properties)));
            foreach (var parameter in properties.OfType<BoundParameter>())
            {
                diagnostics.ReportInvalidParameterUse(parameter.Span, name);
            }
        }
    }
}
