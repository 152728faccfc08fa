using CsCheck;
using Graph.Algorithms.Components;
using Graph.Algorithms.Tests.Support;

namespace Graph.Algorithms.Tests.Components;

public sealed class ConnectedComponentsTests
{
    [Fact]
    public void Weak_components_hold_every_edge_cover_all_nodes_and_match_bfs() =>
        Graphs.Small().Sample(graph =>
        {
            ComponentResult result = ConnectedComponents.Weak(graph.Directed);

            Assert.Equal(graph.NodeCount, result.Component.Length);
            Assert.All(result.Component, c => Assert.InRange(c, 0, result.Count - 1));
            Assert.Equal(graph.NodeCount, result.Sizes().Sum());
            Assert.All(graph.Edges, e => Assert.Equal(result.Component[e.From], result.Component[e.To]));
            int[] reference = Reference.BfsComponents(graph);
            for (int a = 0; a < graph.NodeCount; a++)
            {
                for (int b = 0; b < graph.NodeCount; b++)
                {
                    Assert.Equal(reference[a] == reference[b], result.Component[a] == result.Component[b]);
                }
            }
        });

    [Fact]
    public void Components_are_numbered_by_their_first_node() =>
        Graphs.Small().Sample(graph =>
        {
            int[] component = ConnectedComponents.Weak(graph.Undirected).Component;

            int next = 0;
            foreach (int c in component)
            {
                Assert.True(c <= next);
                next = Math.Max(next, c + 1);
            }
        });

    [Fact]
    public void Strong_components_are_the_classes_of_mutual_reachability() =>
        Graphs.Small().Sample(graph =>
        {
            ComponentResult result = ConnectedComponents.Strong(graph.Directed);
            bool[,] reach = Reference.Reachability(graph);

            for (int a = 0; a < graph.NodeCount; a++)
            {
                for (int b = 0; b < graph.NodeCount; b++)
                {
                    Assert.Equal(reach[a, b] && reach[b, a], result.Component[a] == result.Component[b]);
                }
            }
        });

    [Fact]
    public void Strong_components_of_an_undirected_projection_are_the_weak_ones() =>
        Graphs.Small().Sample(graph =>
            Assert.Equal(ConnectedComponents.Weak(graph.Undirected).Component, ConnectedComponents.Strong(graph.Undirected).Component));

    [Fact]
    public void A_long_chain_does_not_overflow_the_stack()
    {
        const int n = 200_000;
        var graph = Graph.Algorithms.Projection.GraphProjection.FromEdges(
            n, Enumerable.Range(0, n).Select(i => (i, (i + 1) % n)), Graph.Algorithms.Projection.Orientation.Natural);

        Assert.Equal(1, ConnectedComponents.Strong(graph).Count);
        Assert.Equal(1, ConnectedComponents.Weak(graph).Count);
    }
}
