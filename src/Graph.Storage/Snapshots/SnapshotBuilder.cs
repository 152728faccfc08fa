using Graph.Storage.Columns;
using Graph.Storage.State;

namespace Graph.Storage.Snapshots;

/// <summary>Turns the writer's state into an immutable <see cref="GraphSnapshot"/>: O(nodes + relationships), no per-element objects.</summary>
internal static class SnapshotBuilder
{
    /// <summary>Builds a snapshot; <paramref name="persisted"/> is adjacency and indexes read from a checkpoint of exactly this state.</summary>
    public static GraphSnapshot Build(GraphState state, IReadOnlyList<IndexSpec> indexSpecs, SnapshotStructure? persisted = null)
    {
        int nodeCount = state.Nodes.Count;
        int relationshipCount = state.Relationships.Count;
        string[] labels = state.Labels.ToArray();
        string[] types = state.Types.ToArray();
        string[] keys = state.PropertyKeys.ToArray();
        ColumnView<ulong> masks = state.Nodes.Labels.Freeze();
        ColumnView<long> nodeProperties = state.Nodes.Properties.Freeze();
        ColumnView<ushort> relationshipTypes = state.Relationships.Type.Freeze();
        ColumnView<int> starts = state.Relationships.Start.Freeze();
        ColumnView<int> ends = state.Relationships.End.Freeze();
        ArenaView arena = state.Arena.Freeze();

        SnapshotStructure structure = persisted ?? BuildStructure(state, indexSpecs, relationshipTypes, starts, ends, masks, nodeProperties, arena);
        Dictionary<ulong, int[]> labelSets = DistinctLabelSets(masks, nodeCount);

        return new GraphSnapshot
        {
            Version = state.Version,
            NodeCount = nodeCount,
            RelationshipCount = relationshipCount,
            Labels = labels,
            RelationshipTypes = types,
            PropertyKeys = keys,
            LabelIds = Ids(labels),
            TypeIds = Ids(types),
            KeyIds = Ids(keys),
            Meta = new Dictionary<string, string>(state.Meta, StringComparer.Ordinal),
            NodeKeys = state.Nodes.Keys.Values.Freeze(),
            NodeKeyTable = state.Nodes.Keys,
            Strings = state.Strings.Values.Freeze(),
            StringTable = state.Strings,
            NodeLabelMasks = masks,
            LabelSets = labelSets,
            Structure = structure,
            RelationshipTypeColumn = relationshipTypes,
            RelationshipDiscriminators = state.Relationships.Discriminator.Freeze(),
            Starts = starts,
            Ends = ends,
            NodePropertyRecords = nodeProperties,
            RelationshipPropertyRecords = state.Relationships.Properties.Freeze(),
            Arena = arena,
        };
    }

    private static SnapshotStructure BuildStructure(GraphState state, IReadOnlyList<IndexSpec> indexSpecs, ColumnView<ushort> relationshipTypes, ColumnView<int> starts, ColumnView<int> ends,
        ColumnView<ulong> masks, ColumnView<long> nodeProperties, ArenaView arena)
    {
        int nodeCount = state.Nodes.Count;
        int relationshipCount = state.Relationships.Count;
        Csr? outgoing = null;
        Csr? incoming = null;
        Parallel.Invoke(
            () => outgoing = CsrBuilder.Build(nodeCount, relationshipCount, relationshipTypes, starts, ends),
            () => incoming = CsrBuilder.Build(nodeCount, relationshipCount, relationshipTypes, ends, starts));

        int[][] nodesByLabel = GroupByLabel(masks, nodeCount, state.Labels.Count);
        var indexes = new Dictionary<(int Label, int Key), PropertyIndex>();
        foreach (IndexSpec spec in indexSpecs)
        {
            // An index on a label or key not seen yet is built by the first publish after it appears.
            int label = state.Labels.Find(spec.Label);
            int key = state.PropertyKeys.Find(spec.Property);
            if (label >= 0 && key >= 0)
            {
                indexes[(label, key)] = PropertyIndexBuilder.Build(nodesByLabel[label], key, nodeProperties, arena);
            }
        }

        return new SnapshotStructure(outgoing!, incoming!, nodesByLabel, indexes, [.. indexSpecs]);
    }

    private static Dictionary<ulong, int[]> DistinctLabelSets(ColumnView<ulong> masks, int nodeCount)
    {
        var labelSets = new Dictionary<ulong, int[]> { [0] = [] };
        ulong previous = 0;
        for (int node = 0; node < nodeCount; node++)
        {
            ulong mask = masks[node] & NodeColumns.LabelBits;
            if (mask != previous && !labelSets.ContainsKey(mask))
            {
                labelSets[mask] = LabelIdsOf(mask);
            }

            previous = mask;
        }

        return labelSets;
    }

    private static int[][] GroupByLabel(ColumnView<ulong> masks, int nodeCount, int labelCount)
    {
        int[] counts = new int[labelCount];
        for (int node = 0; node < nodeCount; node++)
        {
            for (ulong rest = masks[node] & NodeColumns.LabelBits; rest != 0; rest &= rest - 1)
            {
                counts[System.Numerics.BitOperations.TrailingZeroCount(rest)]++;
            }
        }

        int[][] nodesByLabel = new int[labelCount][];
        for (int label = 0; label < labelCount; label++)
        {
            nodesByLabel[label] = new int[counts[label]];
        }

        Array.Clear(counts);
        for (int node = 0; node < nodeCount; node++)
        {
            for (ulong rest = masks[node] & NodeColumns.LabelBits; rest != 0; rest &= rest - 1)
            {
                int label = System.Numerics.BitOperations.TrailingZeroCount(rest);
                nodesByLabel[label][counts[label]++] = node;
            }
        }

        return nodesByLabel;
    }

    private static int[] LabelIdsOf(ulong mask)
    {
        int[] ids = new int[System.Numerics.BitOperations.PopCount(mask)];
        int i = 0;
        for (ulong rest = mask; rest != 0; rest &= rest - 1)
        {
            ids[i++] = System.Numerics.BitOperations.TrailingZeroCount(rest);
        }

        return ids;
    }

    private static Dictionary<string, int> Ids(string[] names)
    {
        var ids = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        for (int i = 0; i < names.Length; i++)
        {
            ids[names[i]] = i;
        }

        return ids;
    }
}
