using Graph.Algorithms.Projection;

namespace Graph.Algorithms.Internal;

/// <summary>
/// Neighbour sets rather than edge lists: each row sorted, without duplicates (parallel edges) or
/// the node itself (self-loops). Triangles and Jaccard similarity are defined on sets.
/// </summary>
internal sealed class SimpleAdjacency
{
    private SimpleAdjacency(int[] offsets, int[] targets)
    {
        Offsets = offsets;
        Targets = targets;
    }

    public int[] Offsets { get; }

    public int[] Targets { get; }

    public int NodeCount => Offsets.Length - 1;

    public int Degree(int node) => Offsets[node + 1] - Offsets[node];

    public ReadOnlySpan<int> Row(int node) => Targets.AsSpan(Offsets[node], Degree(node));

    public static SimpleAdjacency From(GraphProjection graph, CancellationToken cancellation)
    {
        int n = graph.NodeCount;
        int[] offsets = graph.OffsetArray;
        int[] targets = graph.TargetArray;
        var newOffsets = new int[n + 1];
        var newTargets = new int[targets.Length];
        var row = new List<int>();
        var ticker = new Ticker(cancellation);
        for (int v = 0; v < n; v++)
        {
            ticker.Tick();
            row.Clear();
            for (int slot = offsets[v]; slot < offsets[v + 1]; slot++)
            {
                if (targets[slot] != v)
                {
                    row.Add(targets[slot]);
                }
            }

            row.Sort();
            int count = newOffsets[v];
            for (int i = 0; i < row.Count; i++)
            {
                if (i == 0 || row[i] != row[i - 1])
                {
                    newTargets[count++] = row[i];
                }
            }

            newOffsets[v + 1] = count;
        }

        Array.Resize(ref newTargets, newOffsets[n]);
        return new SimpleAdjacency(newOffsets, newTargets);
    }
}
