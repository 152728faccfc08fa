using CsCheck;
using Graph.Algorithms.Clustering;
using Graph.Algorithms.Tests.Support;

namespace Graph.Algorithms.Tests.Clustering;

public sealed class TriangleCountTests
{
    [Fact]
    public void Triangles_and_coefficients_match_brute_force() =>
        Graphs.Small(12, 40).Sample(graph =>
        {
            TriangleResult result = TriangleCount.Run(graph.Directed);
            long[] reference = Reference.Triangles(graph);

            Assert.Equal(reference, result.Triangles);
            Assert.Equal(reference.Sum() / 3, result.Total);
            for (int v = 0; v < graph.NodeCount; v++)
            {
                int degree = graph.Edges.Where(e => e.From != e.To && (e.From == v || e.To == v)).Select(e => e.From == v ? e.To : e.From).Distinct().Count();
                double expected = degree < 2 ? 0 : 2.0 * reference[v] / (degree * (degree - 1));
                Assert.Equal(expected, result.Coefficient[v], 1e-12);
                Assert.InRange(result.Coefficient[v], 0, 1);
            }
        });

    [Fact]
    public void A_clique_is_fully_clustered()
    {
        TriangleResult result = TriangleCount.Run(Graphs.PlantedCliques(5).Undirected);

        Assert.Equal(10, result.Total);
        Assert.All(result.Triangles, t => Assert.Equal(6, t));
        Assert.All(result.Coefficient, c => Assert.Equal(1.0, c));
    }
}
