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

            low = LowerBound(run, low, node);
            while (low < run.Length && run[low] == node)
            {
                found.Add(low++);
            }
        }
    }

    private static int LowerBound(ReadOnlySpan<int> run, int low, int value)
    {
        var high = run.Length;
        while (low < high)
        {
            var middle = (int)((uint)(low + high) >> 1);
            if (run[middle] < value)
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
