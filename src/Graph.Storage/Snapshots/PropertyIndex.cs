using Graph.Storage.Values;

namespace Graph.Storage.Snapshots;

/// <summary>
/// Exact-match index of one (label, property): entries grouped by value kind, sorted by the
/// value's 64-bit identity (interned string id for strings), then node. A lookup is two binary
/// searches and returns a slice of the node array.
/// </summary>
internal sealed class PropertyIndex
{
    // Fixed, not the enum's size: checkpoints store the kind table, and later kinds (lists,
    // temporals) have no 64-bit identity anyway, so they are never indexed.
    private const int KindCount = (int)PropertyKind.StringList + 1;
    private readonly int[] _kindStart;
    private readonly long[] _values;
    private readonly int[] _nodes;

    public PropertyIndex(int[] kindStart, long[] values, int[] nodes)
    {
        _kindStart = kindStart;
        _values = values;
        _nodes = nodes;
    }

    public int EntryCount => _nodes.Length;

    internal int[] KindStart => _kindStart;

    internal long[] Values => _values;

    internal int[] Nodes => _nodes;

    public static int Kinds => KindCount;

    /// <summary>Whether values of the kind can be in an index (string lists and later kinds are left out).</summary>
    public static bool Holds(PropertyKind kind) => kind != PropertyKind.Null && kind < PropertyKind.StringList;

    public ReadOnlySpan<int> Find(PropertyKind kind, long identity)
    {
        int low = _kindStart[(int)kind];
        int high = _kindStart[(int)kind + 1];
        int start = LowerBound(low, high, identity);
        int end = start;
        while (end < high && _values[end] == identity)
        {
            end++;
        }

        return _nodes.AsSpan(start, end - start);
    }

    private int LowerBound(int low, int high, long identity)
    {
        while (low < high)
        {
            int middle = (int)((uint)(low + high) >> 1);
            if (_values[middle] < identity)
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
