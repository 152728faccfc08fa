using Graph.Storage.Reading;

namespace Graph.Cypher.Engine.Execution.Traversal;

/// <summary>
/// Breadth-first search from both ends over the CSR, always widening the smaller frontier by one
/// full level. Before each level no node is within reach of both sides, so distance &gt; sum of
/// depths; the first level that meets gives the exact shortest length, and every node where the
/// searches met lies on a shortest path at position <see cref="ForwardDepth"/>.
/// Buffers are sized to the snapshot once and reused for every pair.
/// </summary>
internal sealed class BidirectionalSearch
{
    private const int PoolSize = 8;
    private static readonly Stack<BidirectionalSearch> Pool = new();
    private static readonly Lock PoolGate = new();

    private readonly NodeQueue _forwardFrontier = new();
    private readonly NodeQueue _backwardFrontier = new();
    private readonly NodeQueue _next = new();
    private readonly SearchMarks _marks;
    private IGraphReader _reader;
    private QueryGuard _guard;
    private int[] _types;
    private Direction _direction;
    private bool _firstMeetingSuffices;

    private BidirectionalSearch(IGraphReader reader, QueryGuard guard, int[] types, Direction direction)
    {
        _reader = reader;
        _guard = guard;
        _types = types;
        _direction = direction;
        _marks = new SearchMarks(reader.NodeCount);
        Forward = new NodeDistances(_marks, 16);
        Backward = new NodeDistances(_marks, 0);
    }

    public NodeDistances Forward { get; }

    public NodeDistances Backward { get; }

    public NodeQueue Meetings { get; } = new();

    public int ForwardDepth { get; private set; }

    public int BackwardDepth { get; private set; }

    public int[] Types => _types;

    public Direction Direction => _direction;

    public IGraphReader Reader => _reader;

    /// <summary>
    /// A search from the pool (with its snapshot-sized arrays and frontiers already grown), so a
    /// workload of many short path queries allocates nothing per query.
    /// </summary>
    public static BidirectionalSearch Rent(IGraphReader reader, QueryGuard guard, int[] types, Direction direction)
    {
        lock (PoolGate)
        {
            while (Pool.Count > 0)
            {
                BidirectionalSearch pooled = Pool.Pop();
                if (pooled._marks.Capacity >= reader.NodeCount)
                {
                    pooled._reader = reader;
                    pooled._guard = guard;
                    pooled._types = types;
                    pooled._direction = direction;
                    return pooled;
                }
            }
        }

        return new BidirectionalSearch(reader, guard, types, direction);
    }

    /// <summary>Gives the search back to the pool; it must not be used afterwards.</summary>
    public void Return()
    {
        lock (PoolGate)
        {
            if (Pool.Count < PoolSize)
            {
                Pool.Push(this);
            }
        }
    }

    /// <summary>
    /// The shortest path length from source to target within maxHops (at most
    /// <see cref="SearchMarks.MaxDistance"/>), or -1. With
    /// <paramref name="firstMeetingSuffices"/> (existence, or one shortest path) the search stops at
    /// the first meeting node instead of collecting every one.
    /// </summary>
    public int ShortestLength(int source, int target, int maxHops, bool firstMeetingSuffices = false)
    {
        _firstMeetingSuffices = firstMeetingSuffices;
        maxHops = Math.Min(maxHops, SearchMarks.MaxDistance);
        _marks.Clear();
        Meetings.Clear();
        _forwardFrontier.Clear();
        _backwardFrontier.Clear();
        ForwardDepth = 0;
        BackwardDepth = 0;
        Forward.Set(source, 0);
        Backward.Set(target, 0);
        if (source == target)
        {
            Meetings.Add(source);
            return 0;
        }

        _forwardFrontier.Add(source);
        _backwardFrontier.Add(target);
        while (ForwardDepth + BackwardDepth < maxHops && _forwardFrontier.Count > 0 && _backwardFrontier.Count > 0)
        {
            bool forward = _forwardFrontier.Count <= _backwardFrontier.Count;
            bool last = ForwardDepth + BackwardDepth + 1 == maxHops;
            bool met = forward
                ? Widen(_forwardFrontier, Forward, Backward, ForwardDepth++, _direction, last)
                : Widen(_backwardFrontier, Backward, Forward, BackwardDepth++, Directions.Reverse(_direction), last);
            if (met)
            {
                return ForwardDepth + BackwardDepth;
            }
        }

        return -1;
    }

    private bool Widen(NodeQueue frontier, NodeDistances mine, NodeDistances other, int depth, Direction direction, bool last)
    {
        _next.Clear();
        for (int i = 0; i < frontier.Count && !(_firstMeetingSuffices && Meetings.Count > 0); i++)
        {
            int node = frontier[i];
            _guard.Tick();
            for (int t = 0; t < _types.Length; t++)
            {
                if (direction != Direction.Incoming)
                {
                    Visit(_reader.Neighbours(node, _types[t], Direction.Outgoing), mine, other, depth + 1, last);
                }

                if (direction != Direction.Outgoing)
                {
                    Visit(_reader.Neighbours(node, _types[t], Direction.Incoming), mine, other, depth + 1, last);
                }
            }
        }

        frontier.Clear();
        for (int i = 0; i < _next.Count; i++)
        {
            frontier.Add(_next[i]);
        }

        return Meetings.Count > 0;
    }

    // On the last allowed level only meetings matter, so unmet nodes are neither marked nor queued;
    // and a node this side already reached cannot meet the other side there (they would have met
    // a level earlier), so only the other side's marks are read.
    private void Visit(ReadOnlySpan<int> neighbours, NodeDistances mine, NodeDistances other, int distance, bool last)
    {
        if (last)
        {
            VisitLast(neighbours, mine, other, distance);
            return;
        }

        for (int i = 0; i < neighbours.Length; i++)
        {
            int neighbour = neighbours[i];
            if (mine.Has(neighbour))
            {
                continue;
            }

            if (other.Has(neighbour))
            {
                mine.Set(neighbour, distance);
                Meetings.Add(neighbour);
                if (_firstMeetingSuffices)
                {
                    return;
                }
            }
            else
            {
                mine.Set(neighbour, distance);
                _next.Add(neighbour);
            }
        }
    }

    private void VisitLast(ReadOnlySpan<int> neighbours, NodeDistances mine, NodeDistances other, int distance)
    {
        for (int i = 0; i < neighbours.Length; i++)
        {
            int neighbour = neighbours[i];
            if (other.Has(neighbour) && !mine.Has(neighbour))
            {
                mine.Set(neighbour, distance);
                Meetings.Add(neighbour);
                if (_firstMeetingSuffices)
                {
                    return;
                }
            }
        }
    }
}
