namespace Graph.Algorithms.Projection;

/// <summary>
/// Collects edges in any order and lays them out as compressed sparse rows: a counting sort by
/// source keeps each node's edges in insertion order, so the same input always gives the same
/// arrays (the algorithms' determinism rests on that).
/// </summary>
internal sealed class EdgeListBuilder(int nodeCount)
{
    private int[] _from = new int[16];
    private int[] _to = new int[16];
    private double[] _weight = new double[16];
    private int[] _id = new int[16];

    public int NodeCount { get; } = nodeCount;

    public int Count { get; private set; }

    public bool IsWeighted { get; set; }

    public void Add(int from, int to, double weight, int id)
    {
        if ((uint)from >= (uint)NodeCount || (uint)to >= (uint)NodeCount)
        {
            throw new ArgumentOutOfRangeException(nameof(from), $"Edge {from} -> {to} leaves the node range 0..{NodeCount - 1}.");
        }

        // Negative or undefined weights break Dijkstra, modularity and PageRank alike; better to refuse them here.
        if (!double.IsFinite(weight) || weight < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(weight), $"Edge {from} -> {to} has weight {weight}; weights must be finite and non-negative.");
        }

        if (Count == _from.Length)
        {
            int size = checked(Count * 2);
            Array.Resize(ref _from, size);
            Array.Resize(ref _to, size);
            Array.Resize(ref _weight, size);
            Array.Resize(ref _id, size);
        }

        _from[Count] = from;
        _to[Count] = to;
        _weight[Count] = weight;
        _id[Count] = id;
        Count++;
    }

    /// <summary>Builds the rows; for <see cref="Orientation.Undirected"/> every edge but a self-loop is listed at both ends.</summary>
    public GraphProjection Build(Orientation orientation, int[]? originalIds, int[]? indexOfOriginal)
    {
        bool undirected = orientation == Orientation.Undirected;
        bool reverse = orientation == Orientation.Reverse;
        var offsets = new int[NodeCount + 1];
        long entries = 0;
        for (int i = 0; i < Count; i++)
        {
            int source = reverse ? _to[i] : _from[i];
            offsets[source + 1]++;
            entries++;
            if (undirected && _from[i] != _to[i])
            {
                offsets[_to[i] + 1]++;
                entries++;
            }
        }

        if (entries > Array.MaxLength)
        {
            throw new InvalidOperationException($"The projection would hold {entries} adjacency entries, more than an array can.");
        }

        for (int v = 0; v < NodeCount; v++)
        {
            offsets[v + 1] += offsets[v];
        }

        var targets = new int[entries];
        var weights = new double[entries];
        var ids = new int[entries];
        var next = (int[])offsets.Clone();
        for (int i = 0; i < Count; i++)
        {
            int source = reverse ? _to[i] : _from[i];
            int target = reverse ? _from[i] : _to[i];
            Place(next, source, target, _weight[i], _id[i], targets, weights, ids);
            if (undirected && source != target)
            {
                Place(next, target, source, _weight[i], _id[i], targets, weights, ids);
            }
        }

        return new GraphProjection(offsets, targets, weights, ids, !undirected, IsWeighted, Count, originalIds, indexOfOriginal);
    }

    private static void Place(int[] next, int source, int target, double weight, int id, int[] targets, double[] weights, int[] ids)
    {
        int slot = next[source]++;
        targets[slot] = target;
        weights[slot] = weight;
        ids[slot] = id;
    }
}
