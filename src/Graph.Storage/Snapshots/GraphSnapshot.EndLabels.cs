using System.Collections.Concurrent;
using Graph.Storage.Reading;

namespace Graph.Storage.Snapshots;

internal sealed partial class GraphSnapshot
{
    private readonly ConcurrentDictionary<(int Type, Direction Direction, int Label), bool> _endLabels = new();
    private long[]? _typeCounts;

    public bool AllEndsCarryLabel(int typeId, Direction direction, int labelId)
    {
        if ((uint)typeId >= (uint)RelationshipTypes.Count || (uint)labelId >= (uint)Labels.Count)
        {
            return false;
        }

        if (direction == Direction.Both)
        {
            return AllEndsCarryLabel(typeId, Direction.Outgoing, labelId) && AllEndsCarryLabel(typeId, Direction.Incoming, labelId);
        }

        return _endLabels.GetOrAdd((typeId, direction, labelId), key => CountEndsWithLabel(key.Type, key.Direction, key.Label) == TypeCounts()[key.Type]);
    }

    /// <summary>Relationships of the type whose far end, walking in the direction, carries the label.</summary>
    private long CountEndsWithLabel(int typeId, Direction direction, int labelId)
    {
        // The far ends of outgoing relationships are the nodes they come into, and the other way round.
        Csr arriving = direction == Direction.Outgoing ? Incoming : Outgoing;
        long count = 0;
        foreach (int node in NodesWithLabel(labelId))
        {
            count += arriving.Range(node, typeId).Length;
        }

        return count;
    }

    /// <summary>Live relationships per type, counted once per snapshot from the adjacency's type column.</summary>
    private long[] TypeCounts()
    {
        if (Volatile.Read(ref _typeCounts) is { } known)
        {
            return known;
        }

        var counts = new long[RelationshipTypes.Count];
        foreach (ushort type in Outgoing.Types)
        {
            counts[type]++;
        }

        Volatile.Write(ref _typeCounts, counts);
        return counts;
    }
}
