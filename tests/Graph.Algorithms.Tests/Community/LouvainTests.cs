using CsCheck;
using Graph.Algorithms.Community;
using Graph.Algorithms.Components;
using Graph.Algorithms.Projection;
using Graph.Algorithms.Tests.Support;

namespace Graph.Algorithms.Tests.Community;

public sealed class LouvainTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Modularity_is_at_least_that_of_singletons_and_of_one_community(bool refine) =>
        Graphs.Small(16, 40).Sample(graph =>
        {
            GraphProjection projection = graph.Undirected;
            CommunityResult result = Louvain.Run(projection, new LouvainOptions { Refine = refine });
            double singletons = Modularity.Of(projection, [.. Enumerable.Range(0, graph.NodeCount)]);
            double whole = Modularity.Of(projection, new int[graph.NodeCount]);

            Assert.Equal(Modularity.Of(projection, result.Community), result.Modularity, 1e-9);
            Assert.True(result.Modularity >= singletons - 1e-9, $"{result.Modularity} < singletons {singletons}");
            Assert.True(result.Modularity >= whole - 1e-9, $"{result.Modularity} < whole {whole}");
        });

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Planted_cliques_are_recovered(bool refine)
    {
        SmallGraph graph = Graphs.PlantedCliques(5, 6, 5, 7, 6);

        CommunityResult result = Louvain.Run(graph.Undirected, new LouvainOptions { Refine = refine });

        int[] expected = [.. new[] { 5, 6, 5, 7, 6 }.SelectMany((size, clique) => Enumerable.Repeat(clique, size))];
        Assert.Equal(expected, result.Community);
        Assert.Equal(5, result.Count);
    }

    [Fact]
    public void The_same_seed_gives_the_same_communities() =>
        Graphs.Small(20, 50).Sample(graph =>
            Assert.Equal(Louvain.Run(graph.Undirected).Community, Louvain.Run(graph.Undirected).Community));

    [Fact]
    public void Leiden_communities_are_connected() =>
        Graphs.Small(20, 30).Sample(graph =>
        {
            int[] community = Louvain.Run(graph.Undirected, new LouvainOptions { Refine = true }).Community;
            int[] component = ConnectedComponents.Weak(graph.Undirected).Component;

            // Within each community, the subgraph of inner edges must be connected.
            var inner = graph with { Edges = [.. graph.Edges.Where(e => community[e.From] == community[e.To])] };
            int[] innerComponent = ConnectedComponents.Weak(inner.Undirected).Component;
            for (int a = 0; a < graph.NodeCount; a++)
            {
                for (int b = 0; b < graph.NodeCount; b++)
                {
                    if (community[a] == community[b])
                    {
                        Assert.Equal(innerComponent[a], innerComponent[b]);
                        Assert.Equal(component[a], component[b]);
                    }
                }
            }
        });

    [Fact]
    public void Every_level_of_the_hierarchy_is_a_coarsening_of_the_one_before()
    {
        SmallGraph graph = Graphs.PlantedCliques(4, 4, 4, 4, 4, 4, 4, 4);

        CommunityResult result = Louvain.Run(graph.Undirected);

        Assert.Equal(result.Levels, result.Hierarchy.Count);
        for (int level = 1; level < result.Hierarchy.Count; level++)
        {
            int[] finer = result.Hierarchy[level - 1];
            int[] coarser = result.Hierarchy[level];
            for (int a = 0; a < graph.NodeCount; a++)
            {
                for (int b = 0; b < graph.NodeCount; b++)
                {
                    Assert.True(finer[a] != finer[b] || coarser[a] == coarser[b]);
                }
            }
        }
    }

    [Fact]
    public void Weights_decide_between_two_groupings()
    {
        // A 4-cycle whose heavy edges pair 0-1 and 2-3.
        GraphProjection graph = GraphProjection.FromEdges(4, [(0, 1, 10.0), (1, 2, 1.0), (2, 3, 10.0), (3, 0, 1.0)]);

        int[] community = Louvain.Run(graph).Community;

        Assert.Equal([0, 0, 1, 1], community);
    }

    [Fact]
    public void An_empty_graph_has_no_communities()
    {
        CommunityResult result = Louvain.Run(GraphProjection.FromEdges(0, Array.Empty<(int, int)>()));

        Assert.Empty(result.Community);
        Assert.Equal(0, result.Modularity);
    }
}
