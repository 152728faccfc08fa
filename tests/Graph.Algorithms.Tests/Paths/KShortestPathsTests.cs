using CsCheck;
using Graph.Algorithms.Paths;
using Graph.Algorithms.Projection;
using Graph.Algorithms.Tests.Support;

namespace Graph.Algorithms.Tests.Paths;

public sealed class KShortestPathsTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Paths_are_sorted_loopless_distinct_and_the_cheapest_simple_paths(bool directed) =>
        Gen.Select(Graphs.Small(8, 16), Gen.Int[0, 7], Gen.Int[0, 7], Gen.Int[1, 8]).Sample((graph, s, t, k) =>
        {
            GraphProjection projection = directed ? graph.Directed : graph.Undirected;
            s %= graph.NodeCount;
            t %= graph.NodeCount;
            IReadOnlyList<WeightedPath> paths = KShortestPaths.Yen(projection, s, t, k);
            var all = Reference.SimplePaths(projection, s, t, graph.NodeCount).Select(p => p.Weights.Sum()).Order().ToList();

            Assert.Equal(Math.Min(k, all.Count), paths.Count);
            Assert.Equal(all.Take(k), paths.Select(p => p.Cost));
            Assert.Equal(paths.Select(p => p.Cost).Order(), paths.Select(p => p.Cost));
            Assert.Equal(paths.Count, paths.Select(p => string.Join(",", p.EdgeIds) + "/" + string.Join(",", p.Nodes)).Distinct().Count());
            foreach (WeightedPath path in paths)
            {
                Assert.Equal(path.Nodes.Count, path.Nodes.Distinct().Count());
                Assert.Equal(s, path.Nodes[0]);
                Assert.Equal(t, path.Nodes[^1]);
            }
        }, iter: 200);

    [Fact]
    public void Parallel_edges_make_distinct_paths()
    {
        GraphProjection graph = GraphProjection.FromEdges(3, [(0, 1, 1.0), (0, 1, 2.0), (1, 2, 1.0)]);

        IReadOnlyList<WeightedPath> paths = KShortestPaths.Yen(graph, 0, 2, 5);

        Assert.Equal([2.0, 3.0], paths.Select(p => p.Cost));
        Assert.Equal([0, 2], paths[0].EdgeIds);
        Assert.Equal([1, 2], paths[1].EdgeIds);
    }
}
