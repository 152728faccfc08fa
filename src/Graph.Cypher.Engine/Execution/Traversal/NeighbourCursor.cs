using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Execution.Traversal;

/// <summary>
/// The relationships of one node over a type set and direction, copied into reusable buffers so
/// that operators can walk them across <c>Next</c> calls (spans cannot be kept in fields).
/// For <see cref="Direction.Both"/> a self-loop is listed once, as Cypher matches it once.
/// </summary>
internal sealed class NeighbourCursor
{
    private int[] _neighbours = new int[16];
    private int[] _relationships = new int[16];
    private int _count;
    private int _position;

    public int Count => _count;

    public void Load(IGraphReader reader, int node, int[] types, Direction direction)
    {
        _count = 0;
        _position = 0;
        for (int t = 0; t < types.Length; t++)
        {
            if (direction != Direction.Incoming)
            {
                reader.Adjacency(node, types[t], Direction.Outgoing, out ReadOnlySpan<int> neighbours, out ReadOnlySpan<int> relationships);
                Append(neighbours, relationships, -1);
            }

            if (direction != Direction.Outgoing)
            {
                reader.Adjacency(node, types[t], Direction.Incoming, out ReadOnlySpan<int> neighbours, out ReadOnlySpan<int> relationships);
                Append(neighbours, relationships, direction == Direction.Both ? node : -1);
            }
        }
    }

    public bool MoveNext(out int neighbour, out int relationship)
    {
        if (_position < _count)
        {
            neighbour = _neighbours[_position];
            relationship = _relationships[_position];
            _position++;
            return true;
        }

        neighbour = -1;
        relationship = -1;
        return false;
    }

    private void Append(ReadOnlySpan<int> neighbours, ReadOnlySpan<int> relationships, int skipNeighbour)
    {
        if (_count + neighbours.Length > _neighbours.Length)
        {
            int size = Math.Max(_neighbours.Length * 2, _count + neighbours.Length);
            Array.Resize(ref _neighbours, size);
            Array.Resize(ref _relationships, size);
        }

        for (int i = 0; i < neighbours.Length; i++)
        {
            if (neighbours[i] != skipNeighbour)
            {
                _neighbours[_count] = neighbours[i];
                _relationships[_count] = relationships[i];
                _count++;
            }
        }
    }
}
