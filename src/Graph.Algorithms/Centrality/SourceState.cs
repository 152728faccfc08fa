using Graph.Algorithms.Projection;

namespace Graph.Algorithms.Centrality;

/// <summary>
/// One Brandes source's working arrays, reused across sources: distance, path counts, the order in
/// which nodes were settled and, per node, the slots of the edges it was reached by on shortest paths.
/// </summary>
internal sealed class SourceState
{
    private readonly double[] _distance;
    private readonly double[] _paths;
    private readonly double[] _dependency;
    private readonly int[] _settled;
    private readonly bool[] _done;
    private int _settledCount;

    // Predecessor slots per node as linked lists in flat arrays: head per node, next per entry.
    private readonly int[] _head;
    private readonly List<int> _predecessorNode = [];
    private readonly List<int> _next = [];

    public SourceState(int n)
    {
        _distance = new double[n];
        _paths = new double[n];
        _dependency = new double[n];
        _settled = new int[n];
        _done = new bool[n];
        _head = new int[n];
    }

    public void Reset()
    {
        Array.Fill(_distance, double.PositiveInfinity);
        Array.Clear(_paths);
        Array.Clear(_dependency);
        Array.Clear(_done);
        Array.Fill(_head, -1);
        _predecessorNode.Clear();
        _next.Clear();
        _settledCount = 0;
    }

    public void Bfs(GraphProjection graph, int source)
    {
        int[] offsets = graph.OffsetArray;
        int[] targets = graph.TargetArray;
        _distance[source] = 0;
        _paths[source] = 1;
        _settled[_settledCount++] = source;
        for (int read = 0; read < _settledCount; read++)
        {
            int v = _settled[read];
            for (int slot = offsets[v]; slot < offsets[v + 1]; slot++)
            {
                int w = targets[slot];
                if (double.IsPositiveInfinity(_distance[w]))
                {
                    _distance[w] = _distance[v] + 1;
                    _settled[_settledCount++] = w;
                }

                if (_distance[w] == _distance[v] + 1)
                {
                    _paths[w] += _paths[v];
                    AddPredecessor(w, v);
                }
            }
        }
    }

    public void Dijkstra(GraphProjection graph, int source)
    {
        int[] offsets = graph.OffsetArray;
        int[] targets = graph.TargetArray;
        double[] weights = graph.WeightArray;
        var queue = new PriorityQueue<int, double>();
        _distance[source] = 0;
        _paths[source] = 1;
        queue.Enqueue(source, 0);
        while (queue.TryDequeue(out int v, out double distance))
        {
            if (_done[v] || distance > _distance[v])
            {
                continue;
            }

            _done[v] = true;
            _settled[_settledCount++] = v;
            for (int slot = offsets[v]; slot < offsets[v + 1]; slot++)
            {
                int w = targets[slot];
                double candidate = _distance[v] + weights[slot];
                if (_done[w])
                {
                    // Settled (or a self-loop): a zero-weight edge back to it is no new shortest path.
                    continue;
                }

                if (candidate < _distance[w])
                {
                    _distance[w] = candidate;
                    _paths[w] = _paths[v];
                    _head[w] = -1;
                    AddPredecessor(w, v);
                    queue.Enqueue(w, candidate);
                }
                else if (candidate == _distance[w])
                {
                    _paths[w] += _paths[v];
                    AddPredecessor(w, v);
                }
            }
        }
    }

    /// <summary>Adds each settled node's dependency to its predecessors, farthest first, and to the centrality.</summary>
    public void Accumulate(int source, double[] centrality)
    {
        for (int i = _settledCount - 1; i >= 0; i--)
        {
            int w = _settled[i];
            for (int entry = _head[w]; entry >= 0; entry = _next[entry])
            {
                int v = _predecessorNode[entry];
                _dependency[v] += _paths[v] / _paths[w] * (1 + _dependency[w]);
            }

            if (w != source)
            {
                centrality[w] += _dependency[w];
            }
        }
    }

    private void AddPredecessor(int node, int predecessor)
    {
        _predecessorNode.Add(predecessor);
        _next.Add(_head[node]);
        _head[node] = _predecessorNode.Count - 1;
    }
}
