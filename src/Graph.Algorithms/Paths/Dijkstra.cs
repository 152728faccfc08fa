using Graph.Algorithms.Internal;
using Graph.Algorithms.Projection;

namespace Graph.Algorithms.Paths;

/// <summary>
/// Dijkstra over the rows with a binary heap (weights are non-negative by construction). Our own
/// rather than QuikGraph's DijkstraShortestPathAlgorithm, which keeps distances in dictionaries and
/// cannot skip blocked edges, which Yen needs; the tests check ours against QuikGraph's Floyd–Warshall.
/// </summary>
public static class Dijkstra
{
    /// <summary>Shortest paths from the source to every node.</summary>
    public static ShortestPathTree Run(GraphProjection graph, int source, CancellationToken cancellation = default) =>
        Search(graph, source, -1, null, null, cancellation);

    /// <summary>One shortest path, stopping as soon as the target is settled; null when unreachable.</summary>
    public static WeightedPath? ShortestPath(GraphProjection graph, int source, int target, CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)target, (uint)graph.NodeCount, nameof(target));
        return Search(graph, source, target, null, null, cancellation).PathTo(target);
    }

    /// <summary>The search itself; blocked nodes are never entered and blocked slots never followed.</summary>
    internal static ShortestPathTree Search(
        GraphProjection graph, int source, int target, bool[]? blockedNodes, HashSet<int>? blockedSlots, CancellationToken cancellation)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)source, (uint)graph.NodeCount, nameof(source));
        int n = graph.NodeCount;
        int[] offsets = graph.OffsetArray;
        int[] targets = graph.TargetArray;
        double[] weights = graph.WeightArray;
        var distance = new double[n];
        Array.Fill(distance, double.PositiveInfinity);
        var viaSlot = new int[n];
        var from = new int[n];
        Array.Fill(viaSlot, -1);
        Array.Fill(from, -1);
        var done = new bool[n];
        var queue = new PriorityQueue<int, double>();
        var ticker = new Ticker(cancellation, 256);
        distance[source] = 0;
        queue.Enqueue(source, 0);
        while (queue.TryDequeue(out int v, out double d))
        {
            ticker.Tick();
            if (done[v] || d > distance[v])
            {
                continue;
            }

            done[v] = true;
            if (v == target)
            {
                break;
            }

            for (int slot = offsets[v]; slot < offsets[v + 1]; slot++)
            {
                int w = targets[slot];
                if (done[w] || (blockedNodes is not null && blockedNodes[w]) || (blockedSlots is not null && blockedSlots.Contains(slot)))
                {
                    continue;
                }

                double candidate = d + weights[slot];
                if (candidate < distance[w])
                {
                    distance[w] = candidate;
                    viaSlot[w] = slot;
                    from[w] = v;
                    queue.Enqueue(w, candidate);
                }
            }
        }

        return new ShortestPathTree(graph, source, distance, viaSlot, from);
    }
}
