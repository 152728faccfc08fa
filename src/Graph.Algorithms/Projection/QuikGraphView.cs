using QuikGraph;

namespace Graph.Algorithms.Projection;

/// <summary>
/// A <see cref="GraphProjection"/> seen through QuikGraph's bidirectional graph interface, without
/// copying: out-edges are the rows, in-edges the rows of the transposed projection. QuikGraph has no
/// CancellationToken, so the view checks the token every so many edge enumerations and throws
/// <see cref="OperationCanceledException"/> out of whatever algorithm walks it.
/// An undirected projection shows each edge both ways, as a directed graph.
/// </summary>
public sealed class QuikGraphView : IBidirectionalGraph<int, ProjectedEdge>
{
    private readonly GraphProjection _out;
    private readonly CancellationToken _cancellation;
    private int _countdown = 1024;

    internal QuikGraphView(GraphProjection projection, CancellationToken cancellation)
    {
        _out = projection;
        _cancellation = cancellation;
        cancellation.ThrowIfCancellationRequested();
    }

    // Transposed lazily: SCC and most searches only walk out-edges.
    private GraphProjection In => _out.Transposed();

    public bool IsDirected => true;

    public bool AllowParallelEdges => true;

    public bool IsVerticesEmpty => _out.NodeCount == 0;

    public int VertexCount => _out.NodeCount;

    public IEnumerable<int> Vertices => Enumerable.Range(0, _out.NodeCount);

    public bool IsEdgesEmpty => _out.AdjacencyCount == 0;

    public int EdgeCount => _out.AdjacencyCount;

    public IEnumerable<ProjectedEdge> Edges => Enumerable.Range(0, _out.NodeCount).SelectMany(OutEdges);

    public bool ContainsVertex(int vertex) => (uint)vertex < (uint)_out.NodeCount;

    public bool ContainsEdge(ProjectedEdge edge) => ContainsVertex(edge.Source) && OutEdges(edge.Source).Contains(edge);

    public bool ContainsEdge(int source, int target) => TryGetEdge(source, target, out _);

    public bool TryGetEdge(int source, int target, out ProjectedEdge edge)
    {
        edge = default;
        if (!ContainsVertex(source) || !ContainsVertex(target))
        {
            return false;
        }

        int index = _out.NeighboursOf(source).IndexOf(target);
        if (index < 0)
        {
            return false;
        }

        edge = Row(_out, source, index, incoming: false);
        return true;
    }

    public bool TryGetEdges(int source, int target, out IEnumerable<ProjectedEdge> edges)
    {
        edges = ContainsVertex(source) && ContainsVertex(target) ? [.. OutEdges(source).Where(edge => edge.Target == target)] : [];
        return ContainsVertex(source) && ContainsVertex(target);
    }

    public bool IsOutEdgesEmpty(int vertex) => _out.Degree(vertex) == 0;

    public int OutDegree(int vertex) => _out.Degree(vertex);

    public IEnumerable<ProjectedEdge> OutEdges(int vertex) => Rows(_out, vertex, incoming: false);

    public bool TryGetOutEdges(int vertex, out IEnumerable<ProjectedEdge> edges)
    {
        edges = ContainsVertex(vertex) ? OutEdges(vertex) : [];
        return ContainsVertex(vertex);
    }

    public ProjectedEdge OutEdge(int vertex, int index) => Row(_out, vertex, index, incoming: false);

    public bool IsInEdgesEmpty(int vertex) => In.Degree(vertex) == 0;

    public int InDegree(int vertex) => In.Degree(vertex);

    public IEnumerable<ProjectedEdge> InEdges(int vertex) => Rows(In, vertex, incoming: true);

    public bool TryGetInEdges(int vertex, out IEnumerable<ProjectedEdge> edges)
    {
        edges = ContainsVertex(vertex) ? InEdges(vertex) : [];
        return ContainsVertex(vertex);
    }

    public ProjectedEdge InEdge(int vertex, int index) => Row(In, vertex, index, incoming: true);

    public int Degree(int vertex) => OutDegree(vertex) + InDegree(vertex);

    private static ProjectedEdge Row(GraphProjection graph, int vertex, int index, bool incoming)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)graph.Degree(vertex), nameof(index));
        int slot = graph.OffsetArray[vertex] + index;
        int other = graph.TargetArray[slot];
        return incoming
            ? new ProjectedEdge(other, vertex, graph.WeightArray[slot], graph.EdgeIdArray[slot])
            : new ProjectedEdge(vertex, other, graph.WeightArray[slot], graph.EdgeIdArray[slot]);
    }

    private IEnumerable<ProjectedEdge> Rows(GraphProjection graph, int vertex, bool incoming)
    {
        if (--_countdown <= 0)
        {
            _countdown = 1024;
            _cancellation.ThrowIfCancellationRequested();
        }

        int degree = graph.Degree(vertex);
        for (int index = 0; index < degree; index++)
        {
            yield return Row(graph, vertex, index, incoming);
        }
    }
}
