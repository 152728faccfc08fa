using CsCheck;
using Graph.Algorithms.Community;
using Graph.Algorithms.Components;
using Graph.Algorithms.Tests.Support;

namespace Graph.Algorithms.Tests.Community;

public sealed class LabelPropagationTests
{
    [Fact]
    public void Communities_never_span_two_components() =>
        Graphs.Small(16, 30).Sample(graph =>
        {
            int[] community = LabelPropagation.Run(graph.Undirected).Community;
            int[] component = ConnectedComponents.Weak(graph.Undirected).Component;

            for (int a = 0; a < graph.NodeCount; a++)
            {
                for (int b = 0; b < graph.NodeCount; b++)
                {
                    Assert.True(community[a] != community[b] || component[a] == component[b]);
                }
            }
        });

    [Fact]
    public void Planted_cliques_are_recovered()
    {
        SmallGraph graph = Graphs.PlantedCliques(6, 7, 6, 8);

        CommunityResult result = LabelPropagation.Run(graph.Undirected);

        int[] expected = [.. new[] { 6, 7, 6, 8 }.SelectMany((size, clique) => Enumerable.Repeat(clique, size))];
        Assert.Equal(expected, result.Community);
    }

    [Fact]
    public void The_same_seed_gives_the_same_labels() =>
        Graphs.Small(20, 40).Sample(graph =>
            Assert.Equal(LabelPropagation.Run(graph.Undirected).Community, LabelPropagation.Run(graph.Undirected).Community));
}
