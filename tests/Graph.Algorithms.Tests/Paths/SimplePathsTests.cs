using CsCheck;
using Graph.Algorithms.Paths;
using Graph.Algorithms.Projection;
using Graph.Algorithms.Tests.Support;

namespace Graph.Algorithms.Tests.Paths;

public sealed class SimplePathsTests
{
    [Fact]
    public void All_simple_paths_up_to_the_bound_are_listed_once() =>
        Gen.Select(Graphs.Small(8, 16), Gen.Int[0, 7], Gen.Int[0, 7], Gen.Int[0, 6]).Sample((graph, s, t, bound) =>
        {
            GraphProjection projection = graph.Undirected;
            s %= graph.NodeCount;
            t %= graph.NodeCount;
            IReadOnlyList<WeightedPath> paths = SimplePaths.All(projection, s, t, bound);
            var expected = Reference.SimplePaths(projection, s, t, bound).Select(p => string.Join(",", p.Nodes)).Order().ToList();

            // Parallel edges give the same node sequence more than once, as in the reference.
            Assert.Equal(expected, paths.Select(p => string.Join(",", p.Nodes)).Order());
            Assert.All(paths, p => Assert.True(p.Length <= bound));
            Assert.All(paths, p => Assert.Equal(p.Nodes.Count, p.Nodes.Distinct().Count()));
        }, iter: 200);

    [Fact]
    public void The_cap_bounds_the_number_of_paths()
    {
        SmallGraph clique = Graphs.PlantedCliques(8);

        Assert.Equal(10, SimplePaths.All(clique.Undirected, 0, 7, 7, maxPaths: 10).Count);
    }
}
