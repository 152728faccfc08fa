using Graph.Algorithms.Projection;
using Graph.Algorithms.Tests.Support;

namespace Graph.Algorithms.Tests.Projection;

public sealed class FromReaderTests : IDisposable
{
    private readonly StoreGraph _store = new(People.Create);

    [Fact]
    public void Everything_is_projected_by_default_with_store_ids_kept()
    {
        GraphProjection graph = GraphProjection.FromReader(_store.Reader);
        var ids = People.Ids(_store);

        Assert.Equal(6, graph.NodeCount);
        Assert.Equal(5, graph.EdgeCount);
        Assert.True(graph.IsDirected);
        Assert.False(graph.IsWeighted);
        for (int v = 0; v < graph.NodeCount; v++)
        {
            Assert.Equal(v, graph.IndexOf(graph.OriginalId(v)));
            for (int i = 0; i < graph.Degree(v); i++)
            {
                int relationship = graph.EdgeIdsOf(v)[i];
                Assert.Equal(graph.OriginalId(v), _store.Reader.StartNode(relationship));
                Assert.Equal(graph.OriginalId(graph.NeighboursOf(v)[i]), _store.Reader.EndNode(relationship));
            }
        }

        Assert.Equal(2, graph.AsUndirected().Degree(graph.IndexOf(ids["a"])));
    }

    [Fact]
    public void Labels_and_types_select_nodes_and_relationships()
    {
        var ids = People.Ids(_store);
        GraphProjection persons = GraphProjection.FromReader(_store.Reader, new ProjectionOptions { Labels = ["Person"] });
        GraphProjection work = GraphProjection.FromReader(_store.Reader, new ProjectionOptions { RelationshipTypes = ["WORKS_AT"] });
        GraphProjection unknown = GraphProjection.FromReader(_store.Reader, new ProjectionOptions { Labels = ["Judge"] });

        Assert.Equal(5, persons.NodeCount);
        Assert.Equal(3, persons.EdgeCount);
        Assert.Equal(-1, persons.IndexOf(ids["d"]));
        Assert.Equal(6, work.NodeCount);
        Assert.Equal(2, work.EdgeCount);
        Assert.Equal(0, unknown.NodeCount);
    }

    [Fact]
    public void A_weight_property_gives_weights_and_missing_ones_the_default()
    {
        var ids = People.Ids(_store);
        var options = new ProjectionOptions { RelationshipTypes = ["KNOWS"], WeightProperty = "w", DefaultWeight = 0.5, Orientation = Orientation.Reverse };

        GraphProjection graph = GraphProjection.FromReader(_store.Reader, options);

        Assert.True(graph.IsWeighted);
        Assert.Equal([2.0], graph.WeightsOf(graph.IndexOf(ids["b"])).ToArray());
        Assert.Equal([3.0], graph.WeightsOf(graph.IndexOf(ids["c"])).ToArray());
        Assert.Equal([0.5], graph.WeightsOf(graph.IndexOf(ids["a"])).ToArray());
        Assert.Equal([graph.IndexOf(ids["c"])], graph.NeighboursOf(graph.IndexOf(ids["a"])).ToArray());
    }

    [Fact]
    public void Deleted_nodes_are_left_out()
    {
        var ids = People.Ids(_store);
        _store.Run("MATCH (n {name: 'e'}) DETACH DELETE n");

        GraphProjection graph = GraphProjection.FromReader(_store.Reader);

        Assert.Equal(5, graph.NodeCount);
        Assert.Equal(4, graph.EdgeCount);
        Assert.Equal(-1, graph.IndexOf(ids["e"]));
    }

    public void Dispose() => _store.Dispose();
}
