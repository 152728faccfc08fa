using Graph.Storage.Reading;

namespace Graph.Algorithms.Projection;

/// <summary>
/// A graph as flat compressed-sparse-row arrays, the form every algorithm here runs on. Nodes are
/// dense indices 0..NodeCount-1; <see cref="OriginalId"/> maps an index back to the store's node id
/// (or is the identity for <see cref="FromEdges(int, IEnumerable{ValueTuple{int, int, double}}, Orientation)"/>).
/// Node v's edges are the slots Offsets[v]..Offsets[v+1]-1 of Targets/Weights/EdgeIds; an edge id is the
/// store's relationship id, or the position in the input sequence for an edge list, so results can be
/// traced back to the evidence. Immutable once built; safe to share across threads.
/// </summary>
public sealed class GraphProjection
{
    private readonly int[] _offsets;
    private readonly int[] _targets;
    private readonly double[] _weights;
    private readonly int[] _edgeIds;
    private readonly int[]? _originalIds;
    private readonly int[]? _indexOfOriginal;
    private GraphProjection? _transposed;
    private GraphProjection? _undirected;

    internal GraphProjection(
        int[] offsets, int[] targets, double[] weights, int[] edgeIds, bool isDirected, bool isWeighted, int edgeCount, int[]? originalIds, int[]? indexOfOriginal)
    {
        _offsets = offsets;
        _targets = targets;
        _weights = weights;
        _edgeIds = edgeIds;
        IsDirected = isDirected;
        IsWeighted = isWeighted;
        EdgeCount = edgeCount;
        _originalIds = originalIds;
        _indexOfOriginal = indexOfOriginal;
    }

    public int NodeCount => _offsets.Length - 1;

    /// <summary>Projected edges (relationships or input edges); an undirected edge counts once.</summary>
    public int EdgeCount { get; }

    /// <summary>Adjacency entries: <see cref="EdgeCount"/> when directed, about twice that when undirected.</summary>
    public int AdjacencyCount => _targets.Length;

    /// <summary>False when every edge is listed at both its ends.</summary>
    public bool IsDirected { get; }

    /// <summary>True when weights came from a property or an edge list rather than being all 1.</summary>
    public bool IsWeighted { get; }

    /// <summary>Row starts: node v's edges are slots Offsets[v] to Offsets[v + 1] - 1.</summary>
    public ReadOnlySpan<int> Offsets => _offsets;

    public ReadOnlySpan<int> Targets => _targets;

    public ReadOnlySpan<double> Weights => _weights;

    public ReadOnlySpan<int> EdgeIds => _edgeIds;

    // The algorithms index the arrays directly; spans would cost a bounds check per property access.
    internal int[] OffsetArray => _offsets;

    internal int[] TargetArray => _targets;

    internal double[] WeightArray => _weights;

    internal int[] EdgeIdArray => _edgeIds;

    /// <summary>Builds the projection a store snapshot and the options select.</summary>
    public static GraphProjection FromReader(IGraphReader reader, ProjectionOptions? options = null, CancellationToken cancellation = default) =>
        ReaderProjector.Project(reader, options ?? ProjectionOptions.Default, cancellation);

    /// <summary>
    /// A weighted graph over nodes 0..nodeCount-1 from an edge list, undirected unless told otherwise.
    /// Parallel edges are kept (their weights add up where algorithms sum weights); edge ids are input positions.
    /// </summary>
    public static GraphProjection FromEdges(int nodeCount, IEnumerable<(int From, int To, double Weight)> edges, Orientation orientation = Orientation.Undirected)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCount);
        var builder = new EdgeListBuilder(nodeCount) { IsWeighted = true };
        int id = 0;
        foreach (var (from, to, weight) in edges)
        {
            builder.Add(from, to, weight, id++);
        }

        return builder.Build(orientation, null, null);
    }

    /// <summary>An unweighted graph (every weight 1) over nodes 0..nodeCount-1, undirected unless told otherwise.</summary>
    public static GraphProjection FromEdges(int nodeCount, IEnumerable<(int From, int To)> edges, Orientation orientation = Orientation.Undirected)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCount);
        var builder = new EdgeListBuilder(nodeCount);
        int id = 0;
        foreach (var (from, to) in edges)
        {
            builder.Add(from, to, 1.0, id++);
        }

        return builder.Build(orientation, null, null);
    }

    public int Degree(int node) => _offsets[node + 1] - _offsets[node];

    public ReadOnlySpan<int> NeighboursOf(int node) => _targets.AsSpan(_offsets[node], Degree(node));

    public ReadOnlySpan<double> WeightsOf(int node) => _weights.AsSpan(_offsets[node], Degree(node));

    public ReadOnlySpan<int> EdgeIdsOf(int node) => _edgeIds.AsSpan(_offsets[node], Degree(node));

    /// <summary>The sum of the weights of the node's edges (its degree when unweighted).</summary>
    public double WeightedDegree(int node)
    {
        double sum = 0;
        for (int slot = _offsets[node]; slot < _offsets[node + 1]; slot++)
        {
            sum += _weights[slot];
        }

        return sum;
    }

    /// <summary>The store node id (or edge-list node) an index stands for.</summary>
    public int OriginalId(int node) => _originalIds is null ? node : _originalIds[node];

    /// <summary>The index of a store node id, or -1 when the projection left it out.</summary>
    public int IndexOf(int originalId)
    {
        if (_indexOfOriginal is null)
        {
            return (uint)originalId < (uint)NodeCount ? originalId : -1;
        }

        return (uint)originalId < (uint)_indexOfOriginal.Length ? _indexOfOriginal[originalId] : -1;
    }

    /// <summary>Every edge reversed (itself when undirected); built once and kept.</summary>
    public GraphProjection Transposed()
    {
        if (!IsDirected)
        {
            return this;
        }

        return _transposed ??= Rebuild(Orientation.Reverse);
    }

    /// <summary>Every edge listed at both ends (itself when already undirected); built once and kept.</summary>
    public GraphProjection AsUndirected()
    {
        if (!IsDirected)
        {
            return this;
        }

        return _undirected ??= Rebuild(Orientation.Undirected);
    }

    /// <summary>A QuikGraph view of this projection, for QuikGraph's algorithms; it checks the token as it is walked.</summary>
    public QuikGraphView ToQuikGraph(CancellationToken cancellation = default) => new(this, cancellation);

    private GraphProjection Rebuild(Orientation orientation)
    {
        var builder = new EdgeListBuilder(NodeCount) { IsWeighted = IsWeighted };
        for (int v = 0; v < NodeCount; v++)
        {
            for (int slot = _offsets[v]; slot < _offsets[v + 1]; slot++)
            {
                builder.Add(v, _targets[slot], _weights[slot], _edgeIds[slot]);
            }
        }

        return builder.Build(orientation, _originalIds, _indexOfOriginal);
    }
}
