using Graph.Algorithms.Projection;

namespace Graph.Algorithms.Tests.Projection;

public sealed class FromEdgesTests
{
    [Fact]
    public void An_undirected_edge_list_lists_each_edge_at_both_ends_and_a_self_loop_once()
    {
        GraphProjection graph = GraphProjection.FromEdges(3, [(0, 1, 2.0), (1, 1, 5.0)]);

        Assert.False(graph.IsDirected);
        Assert.True(graph.IsWeighted);
        Assert.Equal(2, graph.EdgeCount);
        Assert.Equal(3, graph.AdjacencyCount);
        Assert.Equal([1], graph.NeighboursOf(0).ToArray());
        Assert.Equal([0, 1], graph.NeighboursOf(1).ToArray());
        Assert.Equal([0, 1], graph.EdgeIdsOf(1).ToArray());
        Assert.Equal(7.0, graph.WeightedDegree(1));
        Assert.Equal(0, graph.Degree(2));
    }

    [Fact]
    public void A_directed_edge_list_keeps_direction_and_transposes_on_demand()
    {
        GraphProjection graph = GraphProjection.FromEdges(3, [(0, 1), (0, 2), (2, 1)], Orientation.Natural);

        Assert.Equal([1, 2], graph.NeighboursOf(0).ToArray());
        Assert.Equal([0, 2], graph.Transposed().NeighboursOf(1).ToArray());
        Assert.Equal([1, 2], graph.AsUndirected().NeighboursOf(0).ToArray());
        Assert.Equal(2, graph.AsUndirected().Degree(1));
        Assert.False(graph.IsWeighted);
    }

    [Fact]
    public void Edge_list_nodes_are_their_own_ids()
    {
        GraphProjection graph = GraphProjection.FromEdges(4, [(0, 3)]);

        Assert.Equal(3, graph.OriginalId(3));
        Assert.Equal(2, graph.IndexOf(2));
        Assert.Equal(-1, graph.IndexOf(4));
    }

    [Fact]
    public void Bad_edges_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GraphProjection.FromEdges(2, [(0, 2)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => GraphProjection.FromEdges(2, [(0, 1, -1.0)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => GraphProjection.FromEdges(2, [(0, 1, double.NaN)]));
    }

    [Fact]
    public void The_quikgraph_view_shows_out_and_in_edges()
    {
        QuikGraphView view = GraphProjection.FromEdges(3, [(0, 1, 1.5), (2, 1, 1.0)], Orientation.Natural).ToQuikGraph();

        Assert.Equal(3, view.VertexCount);
        Assert.Equal(2, view.EdgeCount);
        Assert.Equal([new ProjectedEdge(0, 1, 1.5, 0), new ProjectedEdge(2, 1, 1.0, 1)], view.InEdges(1));
        Assert.True(view.ContainsEdge(2, 1));
        Assert.False(view.ContainsEdge(1, 2));
    }
}
