namespace Graph.Cypher.Engine.Execution.Traversal;

/// <summary>
/// Both sides' hop distances of a bidirectional search in one array: each entry is
/// [generation:32][forward+1:16][backward+1:16], so checking "did the other side reach this node"
/// costs no second cache miss, and clearing between searches is one increment instead of O(nodes).
/// Distances are therefore limited to <see cref="MaxDistance"/> hops.
/// </summary>
internal sealed class SearchMarks
{
    public const int MaxDistance = 0xFFFE;

    public SearchMarks(int nodeCount)
    {
        Entries = new long[nodeCount];
    }

    public long[] Entries { get; }

    public long Generation { get; private set; }

    public int Capacity => Entries.Length;

    public void Clear()
    {
        if (++Generation == int.MaxValue)
        {
            Array.Clear(Entries);
            Generation = 1;
        }
    }
}
