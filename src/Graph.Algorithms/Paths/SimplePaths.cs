using Graph.Algorithms.Internal;
using Graph.Algorithms.Projection;

namespace Graph.Algorithms.Paths;

/// <summary>
/// Every simple path (no repeated node) from source to target with at most maxLength edges, by an
/// iterative depth-first search, in the projection's edge order. The count grows exponentially with
/// the bound on dense graphs, hence the cap on paths returned.
/// </summary>
public static class SimplePaths
{
    public static IReadOnlyList<WeightedPath> All(
        GraphProjection graph, int source, int target, int maxLength, int maxPaths = 10_000, CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)source, (uint)graph.NodeCount, nameof(source));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)target, (uint)graph.NodeCount, nameof(target));
        if (maxPaths <= 0 || maxLength < 0)
        {
            return [];
        }

        if (source == target)
        {
            return [WeightedPath.FromSlots(graph, source, [])];
        }

        int[] offsets = graph.OffsetArray;
        int[] targets = graph.TargetArray;
        var result = new List<WeightedPath>();
        var onPath = new bool[graph.NodeCount];
        var nodes = new List<int> { source };
        var cursor = new List<int> { offsets[source] };
        var slots = new List<int>();
        var ticker = new Ticker(cancellation);
        onPath[source] = true;
        while (nodes.Count > 0)
        {
            ticker.Tick();
            int depth = nodes.Count - 1;
            int v = nodes[depth];
            if (cursor[depth] == offsets[v + 1] || slots.Count == maxLength)
            {
                onPath[v] = false;
                nodes.RemoveAt(depth);
                cursor.RemoveAt(depth);
                if (slots.Count > 0)
                {
                    slots.RemoveAt(slots.Count - 1);
                }

                continue;
            }

            int slot = cursor[depth]++;
            int w = targets[slot];
            if (onPath[w])
            {
                continue;
            }

            if (w == target)
            {
                slots.Add(slot);
                result.Add(WeightedPath.FromSlots(graph, source, slots));
                slots.RemoveAt(slots.Count - 1);
                if (result.Count >= maxPaths)
                {
                    break;
                }

                continue;
            }

            // A node pushed at the bound could only be popped again.
            if (slots.Count + 1 < maxLength)
            {
                onPath[w] = true;
                nodes.Add(w);
                cursor.Add(offsets[w]);
                slots.Add(slot);
            }
        }

        return result;
    }
}
