using Graph.Storage.Columns;

namespace Graph.Storage.Snapshots;

/// <summary>
/// Builds a <see cref="Csr"/>: one counting-sort scatter by node (reading the relationship
/// columns sequentially), then each node's short segment sorted by (type, neighbour, id) in place.
/// Random gathers through permutations are avoided because they, not arithmetic, dominate at
/// tens of millions of relationships.
/// </summary>
internal static class CsrBuilder
{
    private const int InsertionSortLimit = 32;

    public static Csr Build(int nodeCount, int relationshipCount, ColumnView<ushort> types, ColumnView<int> from, ColumnView<int> to)
    {
        int[] offsets = new int[nodeCount + 1];
        for (int r = 0; r < relationshipCount; r++)
        {
            offsets[from[r] + 1]++;
        }

        for (int n = 0; n < nodeCount; n++)
        {
            offsets[n + 1] += offsets[n];
        }

        int[] cursor = offsets.AsSpan(0, nodeCount).ToArray();
        int[] neighbours = new int[relationshipCount];
        int[] relationships = new int[relationshipCount];
        ushort[] entryTypes = new ushort[relationshipCount];
        for (int r = 0; r < relationshipCount; r++)
        {
            int slot = cursor[from[r]]++;
            neighbours[slot] = to[r];
            relationships[slot] = r;
            entryTypes[slot] = types[r];
        }

        var sorter = new SegmentSorter(neighbours, relationships, entryTypes);
        for (int n = 0; n < nodeCount; n++)
        {
            int start = offsets[n], length = offsets[n + 1] - start;
            if (length > 1)
            {
                if (length <= InsertionSortLimit)
                {
                    sorter.InsertionSort(start, length);
                }
                else
                {
                    sorter.SortLarge(start, length);
                }
            }
        }

        return new Csr(offsets, neighbours, relationships, entryTypes);
    }
}
