using Graph.Storage.Columns;
using Graph.Storage.State;
using Graph.Storage.Values;

namespace Graph.Storage.Snapshots;

/// <summary>Builds a <see cref="PropertyIndex"/> by decoding one property of every node with the label.</summary>
internal static class PropertyIndexBuilder
{
    public static PropertyIndex Build(int[] labelNodes, int keyId, ColumnView<long> nodeProperties, ArenaView arena)
    {
        var kinds = new byte[labelNodes.Length];
        var values = new long[labelNodes.Length];
        var nodes = new int[labelNodes.Length];
        int count = 0;
        foreach (int node in labelNodes)
        {
            if (TryFindScalar(arena.Read(nodeProperties[node]), keyId, out PropertyKind kind, out long identity))
            {
                kinds[count] = (byte)kind;
                values[count] = identity;
                nodes[count] = node;
                count++;
            }
        }

        int[] kindStart = new int[PropertyIndex.Kinds + 1];
        for (int i = 0; i < count; i++)
        {
            kindStart[kinds[i] + 1]++;
        }

        for (int k = 0; k < PropertyIndex.Kinds; k++)
        {
            kindStart[k + 1] += kindStart[k];
        }

        int[] cursor = (int[])kindStart.Clone();
        var sortedValues = new long[count];
        var sortedNodes = new int[count];
        for (int i = 0; i < count; i++)
        {
            int slot = cursor[kinds[i]]++;
            sortedValues[slot] = values[i];
            sortedNodes[slot] = nodes[i];
        }

        for (int k = 0; k < PropertyIndex.Kinds; k++)
        {
            SortSegment(sortedValues, sortedNodes, kindStart[k], kindStart[k + 1]);
        }

        return new PropertyIndex(kindStart, sortedValues, sortedNodes);
    }

    private static void SortSegment(long[] values, int[] nodes, int start, int end)
    {
        if (end - start < 2)
        {
            return;
        }

        Array.Sort(values, nodes, start, end - start);

        // The sort is unstable; restore ascending node order among equal values.
        for (int run = start; run < end;)
        {
            int runEnd = run + 1;
            while (runEnd < end && values[runEnd] == values[run])
            {
                runEnd++;
            }

            if (runEnd - run > 1)
            {
                nodes.AsSpan(run, runEnd - run).Sort();
            }

            run = runEnd;
        }
    }

    internal static bool TryFindScalar(ReadOnlySpan<byte> record, int keyId, out PropertyKind kind, out long identity)
    {
        var reader = new ByteReader(record);
        while (!reader.AtEnd)
        {
            int key = reader.ReadCount();
            if (key == keyId)
            {
                return StoredValueCodec.TryReadScalar(ref reader, out kind, out identity);
            }

            if (key > keyId)
            {
                break;
            }

            StoredValueCodec.Skip(ref reader);
        }

        kind = PropertyKind.Null;
        identity = 0;
        return false;
    }
}
