using Graph.Storage.Reading;

namespace Graph.Storage.Snapshots;

internal sealed partial class GraphSnapshot
{
    /// <summary>The adjacency is built sorted by type, then neighbour, then relationship id.</summary>
    public bool AdjacencySortedByNeighbour => true;

    public ReadOnlySpan<int> Neighbours(int node, int typeId, Direction direction)
    {
        Csr csr = Adjacency(direction);
        if (typeId == -1)
        {
            return csr.Neighbours.AsSpan(csr.Offsets[node], csr.Degree(node));
        }

        if ((uint)typeId >= (uint)RelationshipTypes.Count)
        {
            return [];
        }

        (int start, int length) = csr.Range(node, typeId);
        return csr.Neighbours.AsSpan(start, length);
    }

    public ReadOnlySpan<int> RelationshipsOf(int node, int typeId, Direction direction)
    {
        Csr csr = Adjacency(direction);
        if (typeId == -1)
        {
            return csr.Relationships.AsSpan(csr.Offsets[node], csr.Degree(node));
        }

        if ((uint)typeId >= (uint)RelationshipTypes.Count)
        {
            return [];
        }

        (int start, int length) = csr.Range(node, typeId);
        return csr.Relationships.AsSpan(start, length);
    }

    public void Adjacency(int node, int typeId, Direction direction, out ReadOnlySpan<int> neighbours, out ReadOnlySpan<int> relationships)
    {
        Csr csr = Adjacency(direction);
        int start;
        int length;
        if (typeId == -1)
        {
            start = csr.Offsets[node];
            length = csr.Offsets[node + 1] - start;
        }
        else if ((uint)typeId >= (uint)RelationshipTypes.Count)
        {
            neighbours = [];
            relationships = [];
            return;
        }
        else
        {
            (start, length) = csr.Range(node, typeId);
        }

        neighbours = csr.Neighbours.AsSpan(start, length);
        relationships = csr.Relationships.AsSpan(start, length);
    }

    public int Degree(int node, int typeId, Direction direction)
    {
        if (direction == Direction.Both)
        {
            return Degree(node, typeId, Direction.Outgoing) + Degree(node, typeId, Direction.Incoming);
        }

        Csr csr = Adjacency(direction);
        if (typeId < 0)
        {
            return csr.Degree(node);
        }

        return typeId < RelationshipTypes.Count ? csr.Range(node, typeId).Length : 0;
    }

    private Csr Adjacency(Direction direction) => direction switch
    {
        Direction.Outgoing => Outgoing,
        Direction.Incoming => Incoming,
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Neighbour spans are per direction; read Outgoing and Incoming separately."),
    };
}
