using Graph.Algorithms.Community;
using Graph.Algorithms.Projection;
using Graph.Rings.Suspicion;

namespace Graph.Rings.Finding;

/// <summary>
/// Community detection on the subgraph a set of entities induces, so that modularity is judged at that set's
/// scale; then only well-separated parts are kept apart. A part whose links leaving it weigh more than
/// <c>maxConductance</c> of its links (cut / volume) is merged into the part it is most tied to: modularity
/// happily cuts a ring's own star or chain in two, while two rings that share a member are each held
/// together far more by their own evidence than by that member.
/// </summary>
internal static class CommunitySplit
{
    /// <returns>A part (0..parts-1) per member, aligned with <paramref name="members"/>.</returns>
    public static int[] Split(SuspicionGraph graph, int[] members, RingFinderOptions options, CancellationToken cancellation, out int parts)
    {
        GraphProjection links = graph.Links;
        var local = new Dictionary<int, int>(members.Length);
        for (int i = 0; i < members.Length; i++)
        {
            local[members[i]] = i;
        }

        var edges = new List<(int From, int To, double Weight)>();
        for (int i = 0; i < members.Length; i++)
        {
            ReadOnlySpan<int> targets = links.NeighboursOf(members[i]);
            ReadOnlySpan<double> weights = links.WeightsOf(members[i]);
            for (int slot = 0; slot < targets.Length; slot++)
            {
                // Each undirected link is listed at both ends; keep it once.
                if (local.TryGetValue(targets[slot], out int j) && i < j)
                {
                    edges.Add((i, j, weights[slot]));
                }
            }
        }

        int[] part = SplitLocal(members.Length, edges, options, cancellation, out parts);
        if (parts <= 1 && PivotSplit.Split(graph, members, edges, options, cancellation, out int pivotParts) is { } byPivots)
        {
            parts = pivotParts;
            return byPivots;
        }

        return part;
    }

    /// <summary>Louvain on a local edge list (nodes 0..count-1), then the loose parts merged back.</summary>
    private static int[] SplitLocal(int count, List<(int From, int To, double Weight)> edges, RingFinderOptions options, CancellationToken cancellation, out int parts)
    {
        CommunityResult result = Louvain.Run(GraphProjection.FromEdges(count, edges), new LouvainOptions { Resolution = options.Resolution, Refine = true }, cancellation);
        int[] part = result.Community;
        parts = result.Count;
        if (parts > 1)
        {
            parts = MergeLoose(part, parts, edges, options.MaxConductance);
        }

        return part;
    }

    /// <summary>Merges the loosest part into its strongest neighbour until every part is separated well enough; renumbers parts 0..n-1.</summary>
    private static int MergeLoose(int[] part, int count, List<(int From, int To, double Weight)> edges, double maxConductance)
    {
        while (count > 1)
        {
            var volume = new double[count];
            var cut = new double[count];
            var between = new Dictionary<(int, int), double>();
            foreach (var (from, to, weight) in edges)
            {
                int a = part[from];
                int b = part[to];
                volume[a] += weight;
                volume[b] += weight;
                if (a != b)
                {
                    cut[a] += weight;
                    cut[b] += weight;
                    var key = a < b ? (a, b) : (b, a);
                    between[key] = between.GetValueOrDefault(key) + weight;
                }
            }

            int loosest = -1;
            double worst = maxConductance;
            for (int p = 0; p < count; p++)
            {
                double conductance = volume[p] == 0 ? 1 : cut[p] / volume[p];
                if (conductance > worst)
                {
                    worst = conductance;
                    loosest = p;
                }
            }

            if (loosest < 0)
            {
                break;
            }

            int into = between.Where(e => e.Key.Item1 == loosest || e.Key.Item2 == loosest)
                .OrderByDescending(e => e.Value)
                .Select(e => e.Key.Item1 == loosest ? e.Key.Item2 : e.Key.Item1)
                .First();
            for (int v = 0; v < part.Length; v++)
            {
                if (part[v] == loosest)
                {
                    part[v] = into;
                }
            }

            count = Renumber(part);
        }

        return count;
    }

    private static int Renumber(int[] part)
    {
        var map = new Dictionary<int, int>();
        for (int v = 0; v < part.Length; v++)
        {
            if (!map.TryGetValue(part[v], out int id))
            {
                id = map.Count;
                map[part[v]] = id;
            }

            part[v] = id;
        }

        return map.Count;
    }
}
