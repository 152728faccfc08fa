using Graph.Algorithms.Projection;

namespace Graph.Algorithms.Paths;

/// <summary>
/// Yen's k shortest loopless paths (1971): each next path deviates from an earlier one at a spur
/// node, with the earlier paths' next edges and the root's nodes blocked. Our own on the rows
/// (QuikGraph's YenShortestPathsAlgorithm needs its own AdjacencyGraph copy with tagged edges,
/// and identifies edges by endpoints, which loses parallel edges). Paths come cheapest first, ties
/// by fewer edges, then by the edge order of the projection.
/// </summary>
public static class KShortestPaths
{
    public static IReadOnlyList<WeightedPath> Yen(GraphProjection graph, int source, int target, int k, CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)source, (uint)graph.NodeCount, nameof(source));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)target, (uint)graph.NodeCount, nameof(target));
        if (k <= 0)
        {
            return [];
        }

        WeightedPath? first = Dijkstra.ShortestPath(graph, source, target, cancellation);
        if (first is null)
        {
            return [];
        }

        var accepted = new List<WeightedPath> { first };
        var candidates = new List<WeightedPath>();
        var known = new HashSet<string>(StringComparer.Ordinal) { Key(first.Slots) };
        var blockedNodes = new bool[graph.NodeCount];
        while (accepted.Count < k)
        {
            WeightedPath previous = accepted[^1];
            for (int i = 0; i < previous.Length; i++)
            {
                cancellation.ThrowIfCancellationRequested();
                ReadOnlySpan<int> root = previous.Slots.AsSpan(0, i);
                var blockedSlots = new HashSet<int>();
                foreach (WeightedPath path in accepted)
                {
                    if (path.Length > i && path.Slots.AsSpan(0, i).SequenceEqual(root))
                    {
                        blockedSlots.Add(path.Slots[i]);
                    }
                }

                for (int j = 0; j < i; j++)
                {
                    blockedNodes[previous.Nodes[j]] = true;
                }

                int spur = previous.Nodes[i];
                WeightedPath? spurPath = Dijkstra.Search(graph, spur, target, blockedNodes, blockedSlots, cancellation).PathTo(target);
                for (int j = 0; j < i; j++)
                {
                    blockedNodes[previous.Nodes[j]] = false;
                }

                if (spurPath is null)
                {
                    continue;
                }

                int[] slots = [.. root, .. spurPath.Slots];
                if (known.Add(Key(slots)))
                {
                    candidates.Add(WeightedPath.FromSlots(graph, source, slots));
                }
            }

            if (candidates.Count == 0)
            {
                break;
            }

            int best = 0;
            for (int c = 1; c < candidates.Count; c++)
            {
                if (Compare(candidates[c], candidates[best]) < 0)
                {
                    best = c;
                }
            }

            accepted.Add(candidates[best]);
            candidates.RemoveAt(best);
        }

        return accepted;
    }

    private static int Compare(WeightedPath a, WeightedPath b)
    {
        int byCost = a.Cost.CompareTo(b.Cost);
        if (byCost != 0)
        {
            return byCost;
        }

        int byLength = a.Length.CompareTo(b.Length);
        return byLength != 0 ? byLength : a.Slots.AsSpan().SequenceCompareTo(b.Slots);
    }

    private static string Key(int[] slots) => string.Join(',', slots);
}
