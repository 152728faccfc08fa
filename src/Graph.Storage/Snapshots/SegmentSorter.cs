namespace Graph.Storage.Snapshots;

/// <summary>Sorts one node's CSR segment by (type, neighbour, relationship id), keeping the three arrays aligned.</summary>
internal sealed class SegmentSorter
{
    private readonly int[] _neighbours;
    private readonly int[] _relationships;
    private readonly ushort[] _types;
    private ulong[] _keys = new ulong[256];

    public SegmentSorter(int[] neighbours, int[] relationships, ushort[] types)
    {
        _neighbours = neighbours;
        _relationships = relationships;
        _types = types;
    }

    /// <summary>Segments are filled in relationship id order, so a stable sort keeps ids ascending among equal keys.</summary>
    public void InsertionSort(int start, int length)
    {
        int end = start + length;
        for (int i = start + 1; i < end; i++)
        {
            ulong key = Key(i);
            if (key >= Key(i - 1))
            {
                continue;
            }

            int neighbour = _neighbours[i], relationship = _relationships[i];
            ushort type = _types[i];
            int j = i - 1;
            for (; j >= start && Key(j) > key; j--)
            {
                _neighbours[j + 1] = _neighbours[j];
                _relationships[j + 1] = _relationships[j];
                _types[j + 1] = _types[j];
            }

            _neighbours[j + 1] = neighbour;
            _relationships[j + 1] = relationship;
            _types[j + 1] = type;
        }
    }

    public void SortLarge(int start, int length)
    {
        if (_keys.Length < length)
        {
            _keys = new ulong[Math.Max(length, _keys.Length * 2)];
        }

        Span<ulong> keys = _keys.AsSpan(0, length);
        bool sorted = true;
        for (int i = 0; i < length; i++)
        {
            keys[i] = Key(start + i);
            sorted &= i == 0 || keys[i] >= keys[i - 1];
        }

        if (sorted)
        {
            return;
        }

        Span<int> relationships = _relationships.AsSpan(start, length);
        keys.Sort(relationships);
        for (int i = 0; i < length;)
        {
            int run = i + 1;
            while (run < length && keys[run] == keys[i])
            {
                run++;
            }

            if (run - i > 1)
            {
                relationships[i..run].Sort();
            }

            i = run;
        }

        for (int i = 0; i < length; i++)
        {
            _types[start + i] = (ushort)(keys[i] >> 32);
            _neighbours[start + i] = (int)(uint)keys[i];
        }
    }

    private ulong Key(int index) => ((ulong)_types[index] << 32) | (uint)_neighbours[index];
}
