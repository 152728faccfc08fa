namespace Graph.Algorithms.Paths;

/// <summary>
/// A walk through the projection: node indices, the edge ids between them (relationship ids, or
/// input positions for an edge list; one fewer than nodes) and the summed weight.
/// </summary>
public sealed class WeightedPath
{
    internal WeightedPath(int[] nodes, int[] slots, int[] edgeIds, double cost)
    {
        Nodes = nodes;
        Slots = slots;
        EdgeIds = edgeIds;
        Cost = cost;
    }

    public IReadOnlyList<int> Nodes { get; }

    public IReadOnlyList<int> EdgeIds { get; }

    public double Cost { get; }

    /// <summary>The number of edges.</summary>
    public int Length => EdgeIds.Count;

    /// <summary>The adjacency slots walked, which tell parallel edges apart (Yen blocks by slot).</summary>
    internal int[] Slots { get; }

    internal static WeightedPath FromSlots(Projection.GraphProjection graph, int source, IReadOnlyList<int> slots)
    {
        var nodes = new int[slots.Count + 1];
        var ids = new int[slots.Count];
        nodes[0] = source;
        double cost = 0;
        for (int i = 0; i < slots.Count; i++)
        {
            nodes[i + 1] = graph.TargetArray[slots[i]];
            ids[i] = graph.EdgeIdArray[slots[i]];
            cost += graph.WeightArray[slots[i]];
        }

        return new WeightedPath(nodes, [.. slots], ids, cost);
    }

    public override string ToString() => $"{string.Join("-", Nodes)} ({Cost})";
}
