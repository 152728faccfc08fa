using Graph.Algorithms.Centrality;
using Graph.Algorithms.Projection;

namespace Graph.Algorithms.Tests.Centrality;

public sealed class DegreeCentralityTests
{
    [Fact]
    public void Degrees_count_out_in_or_both_ways_with_or_without_weights()
    {
        GraphProjection graph = GraphProjection.FromEdges(3, [(0, 1, 2.0), (0, 2, 3.0), (2, 1, 4.0)], Orientation.Natural);

        Assert.Equal([2.0, 0, 1], DegreeCentrality.Run(graph));
        Assert.Equal([0.0, 2, 1], DegreeCentrality.Run(graph, DegreeDirection.In));
        Assert.Equal([2.0, 2, 2], DegreeCentrality.Run(graph, DegreeDirection.Both));
        Assert.Equal([5.0, 6, 7], DegreeCentrality.Run(graph, DegreeDirection.Both, weighted: true));
        Assert.Equal([2.0, 2, 2], DegreeCentrality.Run(graph.AsUndirected(), DegreeDirection.In));
    }
}
