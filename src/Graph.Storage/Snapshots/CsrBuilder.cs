using Graph.Storage.Columns;
using Graph.Storage.State;

namespace Graph.Storage.Snapshots;

/// <summary>
/// Builds a <see cref="Csr"/>: one counting-sort scatter by node (reading the relationship
/// columns sequentially), then each node's short segment sorted by (type, neighbour, id) in place.
/// Random gathers through permutations are avoided because they, not arithmetic, dominate at
/// tens of millions of relationships. Deleted relationships (tombstones) are left out.
/// </summary>
internal static class CsrBuilder
{
    private const int InsertionSortLimit = 32;

    public static Csr Build(int nodeCount, int relationshipCount, ColumnView<ushort> types, ColumnView<int> from, ColumnView<int> to)
    {
        int[] offsets = new int[nodeCount + 1];
        int live = 0;
        for (int r = 0; r < relationshipCount; r++)
        {
            if (types[r] != RelationshipColumns.DeletedType)
            {
                offsets[from[r] + 1]++;
                live++;
            }
        }

        for (int n = 0; n < nodeCount; n++)
        {
            offsets[n + 1] += offsets[n];
        }

        int[] cursor = offsets.AsSpan(0, nodeCount).ToArray();
        int[] neighbours = new int[live];
        int[] relationships = new int[live];
        ushort[] entryTypes = new ushort[live];
        for (int r = 0; r < relationshipCount; r++)
        {
            if (types[r] == RelationshipColumns.DeletedType)
            {
                continue;
            }

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
