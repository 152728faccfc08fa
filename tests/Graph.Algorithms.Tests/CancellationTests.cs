using Graph.Algorithms.Centrality;
using Graph.Algorithms.Clustering;
using Graph.Algorithms.Community;
using Graph.Algorithms.Components;
using Graph.Algorithms.Paths;
using Graph.Algorithms.Projection;
using Graph.Algorithms.Similarity;
using Graph.Algorithms.Tests.Support;

namespace Graph.Algorithms.Tests;

public sealed class CancellationTests
{
    private static readonly GraphProjection Graph = Graphs.PlantedCliques(30, 30, 30, 30).Undirected;

    public static TheoryData<string> Algorithms() =>
        ["wcc", "scc", "louvain", "leiden", "lpa", "pagerank", "betweenness", "degree", "triangles", "similarity", "dijkstra", "yen", "simple"];

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void A_cancelled_token_stops_every_algorithm(string algorithm)
    {
        using var source = new CancellationTokenSource();
        source.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Run(algorithm, source.Token));
    }

    [Fact]
    public void Cancelling_midway_stops_a_long_run()
    {
        GraphProjection big = GraphProjection.FromEdges(20_000, Enumerable.Range(0, 100_000).Select(i => (i % 20_000, (i * 7919) % 20_000)));
        using var source = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        Assert.ThrowsAny<OperationCanceledException>(() => Betweenness.Run(big, null, source.Token));
    }

    [Fact]
    public void Cancelling_the_projection_of_a_store_throws()
    {
        using var store = new StoreGraph("CREATE (:A)-[:R]->(:A)");
        using var source = new CancellationTokenSource();
        source.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => GraphProjection.FromReader(store.Reader, null, source.Token));
    }

    private static object Run(string algorithm, CancellationToken token) => algorithm switch
    {
        "wcc" => ConnectedComponents.Weak(Graph, token),
        "scc" => ConnectedComponents.Strong(Graph, token),
        "louvain" => Louvain.Run(Graph, null, token),
        "leiden" => Louvain.Run(Graph, new LouvainOptions { Refine = true }, token),
        "lpa" => LabelPropagation.Run(Graph, null, token),
        "pagerank" => PageRank.Run(Graph, null, token),
        "betweenness" => Betweenness.Run(Graph, null, token),
        "degree" => DegreeCentrality.Run(Graph, DegreeDirection.Out, false, token),
        "triangles" => TriangleCount.Run(Graph, token),
        "similarity" => NodeSimilarity.TopK(Graph, null, token),
        "dijkstra" => Dijkstra.Run(Graph, 0, token),
        "yen" => KShortestPaths.Yen(Graph, 0, 119, 3, token),
        "simple" => SimplePaths.All(Graph, 0, 119, 5, 100, token),
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm)),
    };
}
