using Graph.Rings.Suspicion;

namespace Graph.Rings.Finding;

/// <summary>
/// Gives entities left alone by the cut a ring when their own evidence points there: the hits naming
/// the entity vote, by strength, for the ring holding most of the other entities they name. A hub needs
/// two hits to agree (one co-occurrence is what a bank or a busy law firm has with everybody); a quiet
/// entity whose single link was too weak needs one.
/// </summary>
internal static class EntityAttachment
{
    public static void Attach(SuspicionGraph graph, int[] group, int[] sizes, RingFinderOptions options)
    {
        var weights = HitWeights.For(graph.Hits.Select(h => h.Weight));
        var votes = new Dictionary<int, (double Strength, int Hits)>();
        var others = new Dictionary<int, int>();
        var moves = new List<(int Entity, int Group)>();
        for (int e = 0; e < group.Length; e++)
        {
            if (sizes[group[e]] >= options.MinMembers)
            {
                continue;
            }

            votes.Clear();
            double total = 0;
            foreach (int h in graph.EntityHits[e])
            {
                double strength = weights.Strength(graph.Hits[h].Weight);
                total += strength;
                if (MajorityGroup(graph.HitEntities[h], e, group, sizes, options, others) is int g)
                {
                    var (s, n) = votes.GetValueOrDefault(g);
                    votes[g] = (s + strength, n + 1);
                }
            }

            if (votes.Count == 0 || total <= 0)
            {
                continue;
            }

            var best = votes.MaxBy(v => v.Value.Strength);
            int needed = graph.Standing[e].IsHub ? 2 : 1;
            if (best.Value.Strength > options.AttachShare * total && best.Value.Hits >= needed)
            {
                moves.Add((e, best.Key));
            }
        }

        // Applied after the vote so that attachments do not chain through one another.
        foreach (var (e, g) in moves)
        {
            sizes[group[e]]--;
            group[e] = g;
            sizes[g]++;
        }
    }

    /// <summary>The ring (group of at least MinMembers) holding more than half of the hit's other entities, if any.</summary>
    private static int? MajorityGroup(int[] named, int self, int[] group, int[] sizes, RingFinderOptions options, Dictionary<int, int> counts)
    {
        counts.Clear();
        foreach (int other in named)
        {
            if (other != self && sizes[group[other]] >= options.MinMembers)
            {
                counts[group[other]] = counts.GetValueOrDefault(group[other]) + 1;
            }
        }

        foreach (var (g, n) in counts)
        {
            if (2 * n > named.Length - 1)
            {
                return g;
            }
        }

        return null;
    }
}
