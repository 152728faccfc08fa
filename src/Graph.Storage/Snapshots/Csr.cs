namespace Graph.Storage.Snapshots;

/// <summary>
/// Adjacency of one direction in compressed sparse rows: node n's entries are
/// [Offsets[n], Offsets[n+1]), sorted by relationship type, then neighbour, then relationship id.
/// About 10 bytes per relationship per direction.
/// </summary>
internal sealed class Csr
{
    private const int LinearScanLimit = 16;

    public Csr(int[] offsets, int[] neighbours, int[] relationships, ushort[] types)
    {
        Offsets = offsets;
        Neighbours = neighbours;
        Relationships = relationships;
        Types = types;
    }

    public int[] Offsets { get; }

    public int[] Neighbours { get; }

    public int[] Relationships { get; }

    public ushort[] Types { get; }

    public int Degree(int node) => Offsets[node + 1] - Offsets[node];

    /// <summary>The sub-range of the node's entries with the given type.</summary>
    public (int Start, int Length) Range(int node, int type)
    {
        int low = Offsets[node];
        int high = Offsets[node + 1];
        if (high - low <= LinearScanLimit)
        {
            int first = low;
            while (first < high && Types[first] < type)
            {
                first++;
            }

            int last = first;
            while (last < high && Types[last] == type)
            {
                last++;
            }

            return (first, last - first);
        }

        int start = LowerBound(low, high, type);
        return (start, LowerBound(start, high, type + 1) - start);
    }

    private int LowerBound(int low, int high, int type)
    {
        while (low < high)
        {
            int middle = (int)((uint)(low + high) >> 1);
            if (Types[middle] < type)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
