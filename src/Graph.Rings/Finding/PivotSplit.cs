using Graph.Algorithms.Components;
using Graph.Algorithms.Projection;
using Graph.Rings.Suspicion;

namespace Graph.Rings.Finding;

/// <summary>
/// Splits a group that community detection kept whole because a few parties (a repair shop, its legal
/// representative and that representative's id-less copy) are tied to everyone: with them set aside, two crews
/// that share only the shop fall apart, while a crew named together by its own evidence stays one. The parties
/// set aside, and any too small to stand alone, then join the part they are most tied to.
/// </summary>
internal static class PivotSplit
{
    /// <returns>A part per node (0..parts-1), or null when setting pivots aside leaves fewer than two parts.</returns>
    public static int[]? Split(SuspicionGraph graph, int[] members, List<(int From, int To, double Weight)> edges, RingFinderOptions options, CancellationToken cancellation, out int parts)
    {
        parts = 1;
        int count = members.Length;
        var degree = new int[count];
        var strength = new double[count];
        foreach (var (from, to, weight) in edges)
        {
            degree[from]++;
            degree[to]++;
            strength[from] += weight;
            strength[to] += weight;
        }

        int[] candidates = [.. Enumerable.Range(0, count)
            .Where(v => degree[v] >= options.PivotMinShare * (count - 1))
            .OrderByDescending(v => degree[v]).ThenByDescending(v => strength[v]).ThenBy(v => v)
            .Take(options.MaxPivots)];
        var pivot = new bool[count];
        for (int k = 0; k < candidates.Length; k++)
        {
            pivot[candidates[k]] = true;
            if (count - k - 1 < 2 * options.MinPivotPart)
            {
                break;
            }

            if (SplitWithout(graph, members, edges, pivot, options, cancellation, out parts) is { } part)
            {
                return part;
            }
        }

        parts = 1;
        return null;
    }

    private static int[]? SplitWithout(
        SuspicionGraph graph, int[] members, List<(int From, int To, double Weight)> edges, bool[] pivot, RingFinderOptions options, CancellationToken cancellation, out int parts)
    {
        parts = 1;
        int count = members.Length;
        // Only parties still linked once the pivots are gone take part in the split; isolated ones are assigned after.
        var local = new int[count];
        Array.Fill(local, -1);
        var kept = new List<int>();
        var reduced = new List<(int From, int To, double Weight)>();
        foreach (var (from, to, weight) in edges)
        {
            if (!pivot[from] && !pivot[to])
            {
                reduced.Add((Local(from, local, kept), Local(to, local, kept), weight));
            }
        }

        if (kept.Count < 2 * options.MinPivotPart)
        {
            return null;
        }

        // Components, not communities: the pivots must be all that holds the parts together. Community detection
        // would also cut one ring's own evidence where it is thin (an oil seller's lots and his chain of shells).
        ComponentResult components = ConnectedComponents.Weak(GraphProjection.FromEdges(kept.Count, reduced), cancellation);
        int[] component = components.Component;
        int found = components.Count;
        var sizes = new int[found];
        foreach (int c in component)
        {
            sizes[c]++;
        }

        int[] rules = RulesNamingTwo(graph, members, kept, component, found);

        // Parts big enough, and named by enough rules, to stand alone get numbers 0..parts-1; everyone else is
        // assigned afterwards.
        var number = new int[found];
        parts = 0;
        for (int c = 0; c < found; c++)
        {
            number[c] = sizes[c] >= options.MinPivotPart && rules[c] >= options.MinPivotPartRules ? parts++ : -1;
        }

        if (parts < 2)
        {
            parts = 1;
            return null;
        }

        var part = new int[count];
        Array.Fill(part, -1);
        for (int i = 0; i < kept.Count; i++)
        {
            part[kept[i]] = number[component[i]];
        }

        if (!EveryPivotTiesEveryPart(part, parts, edges, pivot))
        {
            parts = 1;
            return null;
        }

        AssignRest(part, parts, edges, pivot);
        return part;
    }

    /// <summary>For each part, how many different rules have a hit naming at least two of its parties.</summary>
    private static int[] RulesNamingTwo(SuspicionGraph graph, int[] members, List<int> kept, int[] component, int found)
    {
        var partOf = new Dictionary<int, int>(kept.Count);
        for (int i = 0; i < kept.Count; i++)
        {
            partOf[members[kept[i]]] = component[i];
        }

        var rules = new HashSet<(int Part, string Rule)>();
        var seen = new HashSet<int>();
        var named = new int[found];
        foreach (int entity in partOf.Keys)
        {
            foreach (int h in graph.EntityHits[entity])
            {
                if (!seen.Add(h))
                {
                    continue;
                }

                Array.Clear(named);
                foreach (int e in graph.HitEntities[h])
                {
                    if (partOf.TryGetValue(e, out int p) && ++named[p] == 2)
                    {
                        rules.Add((p, graph.Hits[h].RuleId));
                    }
                }
            }
        }

        var result = new int[found];
        foreach (var (part, _) in rules)
        {
            result[part]++;
        }

        return result;
    }

    /// <summary>
    /// The pivots must be what the parts have in common: a shop shared by two crews is linked to both, while
    /// two centres of one component (two sellers, each with its own buyers) are not, and setting both aside
    /// would only shatter their rings.
    /// </summary>
    private static bool EveryPivotTiesEveryPart(int[] part, int parts, List<(int From, int To, double Weight)> edges, bool[] pivot)
    {
        var tied = new HashSet<(int Pivot, int Part)>();
        foreach (var (from, to, _) in edges)
        {
            if (pivot[from] && part[to] >= 0)
            {
                tied.Add((from, part[to]));
            }

            if (pivot[to] && part[from] >= 0)
            {
                tied.Add((to, part[from]));
            }
        }

        int pivots = pivot.Count(p => p);
        return tied.Count == pivots * parts;
    }

    private static int Local(int node, int[] local, List<int> kept)
    {
        if (local[node] < 0)
        {
            local[node] = kept.Count;
            kept.Add(node);
        }

        return local[node];
    }

    /// <summary>
    /// Pivots first, then the rest in rounds: each joins the part it is most strongly linked to among those
    /// already placed; a party linked to none joins the first part.
    /// </summary>
    private static void AssignRest(int[] part, int parts, List<(int From, int To, double Weight)> edges, bool[] pivot)
    {
        var tie = new double[part.Length * parts];
        bool pivotsPending = true;
        bool changed = true;
        while (changed)
        {
            changed = false;
            Array.Clear(tie);
            foreach (var (from, to, weight) in edges)
            {
                if (part[to] >= 0)
                {
                    tie[(from * parts) + part[to]] += weight;
                }

                if (part[from] >= 0)
                {
                    tie[(to * parts) + part[from]] += weight;
                }
            }

            for (int v = 0; v < part.Length; v++)
            {
                if (part[v] >= 0 || (pivotsPending && !pivot[v]))
                {
                    continue;
                }

                int best = -1;
                for (int p = 0; p < parts; p++)
                {
                    if (tie[(v * parts) + p] > 0 && (best < 0 || tie[(v * parts) + p] > tie[(v * parts) + best]))
                    {
                        best = p;
                    }
                }

                if (best >= 0)
                {
                    part[v] = best;
                    changed = true;
                }
            }

            if (pivotsPending)
            {
                pivotsPending = false;
                changed = true;
            }
        }

        for (int v = 0; v < part.Length; v++)
        {
            if (part[v] < 0)
            {
                part[v] = 0;
            }
        }
    }
}
