using Graph.Algorithms.Projection;

namespace Graph.Algorithms.Tests.Support;

/// <summary>A generated test graph: node count and weighted edges, turned into projections either way round.</summary>
public sealed record SmallGraph(int NodeCount, (int From, int To, double Weight)[] Edges)
{
    public GraphProjection Undirected => GraphProjection.FromEdges(NodeCount, Edges);

    public GraphProjection Directed => GraphProjection.FromEdges(NodeCount, Edges, Orientation.Natural);

    /// <summary>The same graph with every weight 1.</summary>
    public GraphProjection Unweighted(Orientation orientation) => GraphProjection.FromEdges(NodeCount, Edges.Select(e => (e.From, e.To)), orientation);

    public override string ToString() => $"n={NodeCount} [{string.Join(", ", Edges.Select(e => $"{e.From}-{e.To}:{e.Weight}"))}]";
}
