using Graph.Rules;

namespace Graph.Rings.Suspicion;

/// <summary>
/// Merges hits that say the same thing twice (same rule, same entities, same records, e.g. a rule whose
/// pattern matches a pair in both directions), so repetition of one finding is not counted as more evidence.
/// </summary>
internal static class HitDeduplicator
{
    public static IReadOnlyList<RuleHit> Distinct(IReadOnlyList<RuleHit> hits)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<RuleHit>(hits.Count);
        foreach (RuleHit hit in hits)
        {
            string entities = string.Join(',', hit.Entities.Select(e => e.NodeId).Distinct().Order());
            string records = string.Join(',', hit.Records.Select(r => r.NodeId).Distinct().Order());
            if (seen.Add($"{hit.RuleId}|{entities}|{records}"))
            {
                result.Add(hit);
            }
        }

        return result;
    }
}
