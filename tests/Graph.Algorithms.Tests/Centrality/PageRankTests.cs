using CsCheck;
using Graph.Algorithms.Centrality;
using Graph.Algorithms.Projection;
using Graph.Algorithms.Tests.Support;
using QuikGraph.Algorithms.Ranking;

namespace Graph.Algorithms.Tests.Centrality;

public sealed class PageRankTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Scores_sum_to_one_and_match_dense_power_iteration(bool weighted) =>
        Graphs.Small().Sample(graph =>
        {
            GraphProjection projection = graph.Directed;
            PageRankResult result = PageRank.Run(projection, new PageRankOptions { Weighted = weighted, Tolerance = 1e-13, MaxIterations = 1000 });
            double[] reference = Reference.PageRank(projection, 0.85, weighted);

            Assert.True(result.Converged);
            Assert.Equal(1.0, result.Scores.Sum(), 1e-9);
            for (int v = 0; v < graph.NodeCount; v++)
            {
                Assert.Equal(reference[v], result.Scores[v], 1e-9);
            }
        });

    [Fact]
    public void Without_dangling_nodes_it_is_quikgraphs_pagerank_divided_by_n() =>
        Graphs.Small().Sample(graph =>
        {
            // A cycle through every node leaves none dangling, where QuikGraph's variant agrees with ours.
            var edges = graph.Edges.Concat(Enumerable.Range(0, graph.NodeCount).Select(v => (v, (v + 1) % graph.NodeCount, 1.0))).ToArray();
            GraphProjection projection = GraphProjection.FromEdges(graph.NodeCount, edges, Orientation.Natural);
            var quik = new PageRankAlgorithm<int, ProjectedEdge>(projection.ToQuikGraph()) { Tolerance = 1e-14, MaxIterations = 2000 };
            quik.Compute();
            double[] ours = PageRank.Run(projection, new PageRankOptions { Weighted = false, Tolerance = 1e-14, MaxIterations = 2000 }).Scores;

            for (int v = 0; v < graph.NodeCount; v++)
            {
                Assert.Equal(quik.Ranks[v] / graph.NodeCount, ours[v], 1e-8);
            }
        });

    [Fact]
    public void Personalised_pagerank_favours_the_sources_neighbourhood()
    {
        // Two triangles joined by one edge; teleporting to node 0 ranks its triangle first.
        GraphProjection graph = GraphProjection.FromEdges(6, [(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (4, 5), (5, 3)]);

        double[] scores = PageRank.Run(graph, new PageRankOptions { SourceNodes = [0] }).Scores;

        Assert.Equal(1.0, scores.Sum(), 1e-9);
        Assert.True(scores[1] > scores[4]);
        Assert.True(scores[0] > scores[5]);
    }
}
