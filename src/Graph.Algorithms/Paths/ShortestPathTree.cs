using Graph.Algorithms.Projection;

namespace Graph.Algorithms.Paths;

/// <summary>Single-source shortest paths: distance per node (∞ when unreachable) and the slot each was last reached by (-1 for none).</summary>
public sealed class ShortestPathTree
{
    private readonly GraphProjection _graph;
    private readonly int[] _viaSlot;
    private readonly int[] _from;

    internal ShortestPathTree(GraphProjection graph, int source, double[] distance, int[] viaSlot, int[] from)
    {
        _graph = graph;
        Source = source;
        Distance = distance;
        _viaSlot = viaSlot;
        _from = from;
    }

    public int Source { get; }

    public double[] Distance { get; }

    /// <summary>The path from the source to the target, or null when it cannot be reached.</summary>
    public WeightedPath? PathTo(int target)
    {
        if (double.IsPositiveInfinity(Distance[target]))
        {
            return null;
        }

        var slots = new List<int>();
        for (int v = target; v != Source; v = _from[v])
        {
            slots.Add(_viaSlot[v]);
        }

        slots.Reverse();
        return WeightedPath.FromSlots(_graph, Source, slots);
    }
}
