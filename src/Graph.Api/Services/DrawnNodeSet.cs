namespace Graph.Api.Services;

/// <summary>
/// The nodes of a drawing and their positions in it, to find the relationships among them. A drawn node may have
/// thousands of relationships of one type (a party in many cases, a busy repairer), of which a handful lead to other
/// drawn nodes. Where the store keeps a node's relationships of one type sorted by neighbour, <see cref="FindIn"/>
/// looks the drawn nodes up in a long run (a binary search each) instead of reading it through.
/// </summary>
internal sealed class DrawnNodeSet
{
    private readonly Dictionary<int, int> _positions;
    private readonly int[] _sorted;

    public DrawnNodeSet(Dictionary<int, int> positions)
    {
        _positions = positions;
        _sorted = [.. positions.Keys];
        Array.Sort(_sorted);
    }

    public int Count => _sorted.Length;

    /// <summary>A run this long is searched rather than read through.</summary>
    public int SearchFrom => 64 + 8 * _sorted.Length;

    public bool TryGetPosition(int node, out int position) => _positions.TryGetValue(node, out position);

    /// <summary>
    /// Indexes of the entries of <paramref name="run"/> (sorted ascending) that are drawn nodes, in run order
    /// (parallel relationships to one neighbour included), appended to <paramref name="found"/>.
    /// </summary>
    public void FindIn(ReadOnlySpan<int> run, List<int> found)
    {
        var low = 0;
        foreach (var node in _sorted)
        {
            if (low >= run.Length)
            {
                return;
            }

            if (node < run[low])
            {
                continue;
            }

            var at = run[low..].BinarySearch(node);
            if (at < 0)
            {
                low += ~at;
                continue;
            }

            // Any of the node's entries was found; its run starts at the first.
            at += low;
            while (at > low && run[at - 1] == node)
            {
                at--;
            }

            for (low = at; low < run.Length && run[low] == node; low++)
            {
                found.Add(low);
            }
        }
    }
}
