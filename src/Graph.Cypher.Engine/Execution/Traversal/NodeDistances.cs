namespace Graph.Cypher.Engine.Execution.Traversal;

/// <summary>One side's view of <see cref="SearchMarks"/>: the 16-bit field at <paramref name="shift"/>.</summary>
internal sealed class NodeDistances(SearchMarks marks, int shift)
{
    private const long FieldMask = 0xFFFF;

    public bool Has(int node)
    {
        long entry = marks.Entries[node];
        return (entry >> 32) == marks.Generation && ((entry >> shift) & FieldMask) != 0;
    }

    /// <summary>The distance, or -1 when the search has not reached the node.</summary>
    public int Get(int node)
    {
        long entry = marks.Entries[node];
        return (entry >> 32) == marks.Generation ? (int)((entry >> shift) & FieldMask) - 1 : -1;
    }

    public void Set(int node, int distance)
    {
        long entry = marks.Entries[node];
        if ((entry >> 32) != marks.Generation)
        {
            entry = marks.Generation << 32;
        }

        marks.Entries[node] = (entry & ~(FieldMask << shift)) | ((long)(distance + 1) << shift);
    }
}
