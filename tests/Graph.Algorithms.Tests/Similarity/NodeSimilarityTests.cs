using CsCheck;
using Graph.Algorithms.Projection;
using Graph.Algorithms.Similarity;
using Graph.Algorithms.Tests.Support;

namespace Graph.Algorithms.Tests.Similarity;

public sealed class NodeSimilarityTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Similarities_are_jaccard_in_0_1_and_symmetric(bool directed) =>
        Graphs.Small(12, 30).Sample(graph =>
        {
            GraphProjection projection = directed ? graph.Directed : graph.Undirected;
            IReadOnlyList<SimilarityPair> pairs = NodeSimilarity.TopK(projection, new NodeSimilarityOptions { TopK = graph.NodeCount });
            var byPair = pairs.ToDictionary(p => (p.Node1, p.Node2), p => p.Similarity);

            foreach (SimilarityPair pair in pairs)
            {
                Assert.NotEqual(pair.Node1, pair.Node2);
                Assert.InRange(pair.Similarity, double.Epsilon, 1.0);
                Assert.Equal(pair.Similarity, byPair[(pair.Node2, pair.Node1)]);
                Assert.Equal(NodeSimilarity.Jaccard(projection, pair.Node1, pair.Node2), pair.Similarity, 1e-12);
            }

            // Every pair with a common neighbour is listed.
            for (int a = 0; a < graph.NodeCount; a++)
            {
                for (int b = 0; b < graph.NodeCount; b++)
                {
                    if (a != b && NodeSimilarity.Jaccard(projection, a, b) > 0)
                    {
                        Assert.True(byPair.ContainsKey((a, b)), $"{a}-{b} missing");
                    }
                }
            }
        });

    [Fact]
    public void Top_k_keeps_the_most_similar_per_node_in_order() =>
        Graphs.Small(12, 40).Sample(graph =>
        {
            IReadOnlyList<SimilarityPair> all = NodeSimilarity.TopK(graph.Undirected, new NodeSimilarityOptions { TopK = graph.NodeCount });
            IReadOnlyList<SimilarityPair> top = NodeSimilarity.TopK(graph.Undirected, new NodeSimilarityOptions { TopK = 2 });

            foreach (var group in top.GroupBy(p => p.Node1))
            {
                Assert.True(group.Count() <= 2);
                Assert.Equal(all.Where(p => p.Node1 == group.Key).Take(2), group);
                Assert.Equal(group.OrderByDescending(p => p.Similarity).ThenBy(p => p.Node2), group);
            }
        });

    [Fact]
    public void Two_people_in_the_same_cases_are_identical()
    {
        // People 0 and 1 are parties to cases 2 and 3; person 4 only to case 3.
        GraphProjection graph = GraphProjection.FromEdges(5, [(0, 2), (0, 3), (1, 2), (1, 3), (4, 3)], Orientation.Natural);

        IReadOnlyList<SimilarityPair> pairs = NodeSimilarity.TopK(graph);

        Assert.Contains(new SimilarityPair(0, 1, 1.0), pairs);
        Assert.Contains(new SimilarityPair(4, 0, 0.5), pairs);
    }
}
