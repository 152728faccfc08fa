using CsCheck;
using Graph.Algorithms.Centrality;
using Graph.Algorithms.Projection;
using Graph.Algorithms.Tests.Support;

namespace Graph.Algorithms.Tests.Centrality;

public sealed class BetweennessTests
{
    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public void Brandes_matches_brute_force_over_all_simple_paths(bool directed, bool weighted) =>
        Graphs.Small(7, 12).Sample(graph =>
        {
            GraphProjection projection = directed ? graph.Directed : graph.Undirected;
            double[] result = Betweenness.Run(projection, new BetweennessOptions { Weighted = weighted });
            double[] reference = Reference.Betweenness(projection, weighted);

            for (int v = 0; v < graph.NodeCount; v++)
            {
                Assert.Equal(reference[v], result[v], 1e-9);
            }
        }, iter: 60);

    [Fact]
    public void The_centre_of_a_star_carries_every_pair()
    {
        GraphProjection star = GraphProjection.FromEdges(5, [(0, 1), (0, 2), (0, 3), (0, 4)]);

        double[] result = Betweenness.Run(star);

        Assert.Equal([6.0, 0, 0, 0, 0], result);
    }

    [Fact]
    public void Sampling_every_node_is_exact_and_sampling_fewer_is_deterministic()
    {
        SmallGraph graph = Graphs.PlantedCliques(4, 5, 4);
        double[] exact = Betweenness.Run(graph.Undirected);

        Assert.Equal(exact, Betweenness.Run(graph.Undirected, new BetweennessOptions { Samples = 100 }));
        Assert.Equal(
            Betweenness.Run(graph.Undirected, new BetweennessOptions { Samples = 5, Seed = 7 }),
            Betweenness.Run(graph.Undirected, new BetweennessOptions { Samples = 5, Seed = 7 }));
    }
}
