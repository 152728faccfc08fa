using CsCheck;
using Graph.Algorithms.Paths;
using Graph.Algorithms.Projection;
using Graph.Algorithms.Tests.Support;
using QuikGraph.Algorithms.ShortestPath;

namespace Graph.Algorithms.Tests.Paths;

public sealed class DijkstraTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Distances_match_quikgraphs_floyd_warshall(bool directed) =>
        Graphs.Small().Sample(graph =>
        {
            GraphProjection projection = directed ? graph.Directed : graph.Undirected;
            var floyd = new FloydWarshallAllShortestPathAlgorithm<int, ProjectedEdge>(projection.ToQuikGraph(), edge => edge.Weight);
            floyd.Compute();

            for (int s = 0; s < graph.NodeCount; s++)
            {
                ShortestPathTree tree = Dijkstra.Run(projection, s);
                for (int t = 0; t < graph.NodeCount; t++)
                {
                    bool reachable = s == t || floyd.TryGetDistance(s, t, out _);
                    floyd.TryGetDistance(s, t, out double expected);
                    Assert.Equal(reachable ? (s == t ? 0 : expected) : double.PositiveInfinity, tree.Distance[t]);
                    WeightedPath? path = tree.PathTo(t);
                    Assert.Equal(reachable, path is not null);
                    if (path is not null)
                    {
                        Assert.Equal(tree.Distance[t], path.Cost);
                        Assert.Equal(s, path.Nodes[0]);
                        Assert.Equal(t, path.Nodes[^1]);
                        Assert.Equal(path.Nodes.Count, path.Nodes.Distinct().Count());
                    }
                }
            }
        });

    [Fact]
    public void A_path_names_the_edges_it_took()
    {
        GraphProjection graph = GraphProjection.FromEdges(3, [(0, 1, 5.0), (0, 1, 1.0), (1, 2, 1.0)]);

        WeightedPath path = Dijkstra.ShortestPath(graph, 0, 2)!;

        Assert.Equal([0, 1, 2], path.Nodes);
        Assert.Equal([1, 2], path.EdgeIds);
        Assert.Equal(2.0, path.Cost);
    }
}
