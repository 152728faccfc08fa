using Graph.Storage.Reading;
using Graph.Storage.Values;

namespace Graph.Algorithms.Projection;

/// <summary>Reads the selected nodes and relationships of a snapshot into an <see cref="EdgeListBuilder"/>.</summary>
internal static class ReaderProjector
{
    private const int Selected = int.MaxValue;

    public static GraphProjection Project(IGraphReader reader, ProjectionOptions options, CancellationToken cancellation)
    {
        var (originalIds, indexOf) = SelectNodes(reader, options.Labels, cancellation);
        int[] typeIds = SelectTypes(reader, options.RelationshipTypes);
        int weightKey = options.WeightProperty is null ? -1 : reader.PropertyKeyId(options.WeightProperty);
        var builder = new EdgeListBuilder(originalIds.Length) { IsWeighted = options.WeightProperty is not null };
        for (int source = 0; source < originalIds.Length; source++)
        {
            if ((source & 1023) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            foreach (int typeId in typeIds)
            {
                ReadOnlySpan<int> neighbours = reader.Neighbours(originalIds[source], typeId, Direction.Outgoing);
                ReadOnlySpan<int> relationships = reader.RelationshipsOf(originalIds[source], typeId, Direction.Outgoing);
                for (int i = 0; i < neighbours.Length; i++)
                {
                    int target = neighbours[i] < indexOf.Length ? indexOf[neighbours[i]] : -1;
                    if (target >= 0)
                    {
                        builder.Add(source, target, Weight(reader, relationships[i], weightKey, options.DefaultWeight), relationships[i]);
                    }
                }
            }
        }

        return builder.Build(options.Orientation, originalIds, indexOf);
    }

    // Label lists come from the label index (which holds no deleted node); without labels every live node is kept.
    private static (int[] OriginalIds, int[] IndexOf) SelectNodes(IGraphReader reader, IReadOnlyList<string>? labels, CancellationToken cancellation)
    {
        var indexOf = new int[reader.NodeCount];
        if (labels is null || labels.Count == 0)
        {
            for (int node = 0; node < indexOf.Length; node++)
            {
                indexOf[node] = reader.NodeExists(node) ? Selected : -1;
            }
        }
        else
        {
            Array.Fill(indexOf, -1);
            foreach (int label in labels.Select(reader.LabelId).Where(id => id >= 0).Distinct())
            {
                cancellation.ThrowIfCancellationRequested();
                foreach (int node in reader.NodesWithLabel(label))
                {
                    indexOf[node] = Selected;
                }
            }
        }

        // Ascending store ids get ascending indices, so results come out in store order.
        int count = 0;
        for (int node = 0; node < indexOf.Length; node++)
        {
            if (indexOf[node] == Selected)
            {
                indexOf[node] = count++;
            }
        }

        var originalIds = new int[count];
        for (int node = 0; node < indexOf.Length; node++)
        {
            if (indexOf[node] >= 0)
            {
                originalIds[indexOf[node]] = node;
            }
        }

        return (originalIds, indexOf);
    }

    // -1 is the store's "every type"; distinct known ids otherwise, none when no name is known.
    private static int[] SelectTypes(IGraphReader reader, IReadOnlyList<string>? types) =>
        types is null || types.Count == 0 ? [-1] : [.. types.Select(reader.RelationshipTypeId).Where(id => id >= 0).Distinct()];

    private static double Weight(IGraphReader reader, int relationship, int weightKey, double defaultWeight)
    {
        if (weightKey < 0)
        {
            return defaultWeight;
        }

        PropertyValue value = reader.RelationshipProperty(relationship, weightKey);
        return value.Kind is PropertyKind.Integer or PropertyKind.Float ? value.AsFloat : defaultWeight;
    }
}
