using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Engine.Execution.Operators;
using Graph.Cypher.Engine.Execution.Operators.Writes;
using Graph.Cypher.Engine.Tests.Support;
using Graph.Cypher.Engine.Transactions;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
using Graph.Storage.Reading;
using static Graph.Cypher.Engine.Tests.Operators.Writes.WriteGraph;

namespace Graph.Cypher.Engine.Tests.Operators.Writes;

public sealed class CreateTests : IDisposable
{
    private readonly WriteGraph _graph = new();

    public void Dispose() => _graph.Dispose();

    [Fact]
    public void Creates_the_pattern_once_per_row_skipping_null_properties()
    {
        TransactionOverlay overlay = _graph.Begin();

        // UNWIND [1, 2] AS x CREATE (n:N:M {num: x, gone: null})
        var pattern = new CreatePattern([new CreateNodeItem(1, "n", false, ["N", "M"], new MapOf(("num", Build.Slot(0)), ("gone", Null)))], []);
        Assert.Equal(["1,4", "2,5"], Rows(overlay, new Create(Build.Values(0, 1, 2), pattern), 0, 1));

        Assert.Equal(6, overlay.NodeCount);
        Assert.Equal(["M", "N"], LabelNames(overlay, 4));
        Assert.Equal(["num=2"], PropertyTexts(overlay, overlay.NodeProperties(5)));
        Assert.Equal([4, 5], overlay.NodesWithLabel(overlay.LabelId("N")).ToArray());
    }

    [Fact]
    public void Creates_relationships_from_bound_and_new_nodes_and_binds_the_path()
    {
        TransactionOverlay overlay = _graph.Begin();

        // MATCH (a) WHERE id(a) = 0 CREATE p = (a)-[r:LIKES {w: 1}]->(b:New)<-[s:SEES]-(a)
        var pattern = new CreatePattern(
            [new CreateNodeItem(0, "a", true, []), new CreateNodeItem(2, "b", false, ["New"])],
            [new CreateRelationshipItem(1, "r", "LIKES", 0, 2, Map(("w", 1L))), new CreateRelationshipItem(3, "s", "SEES", 0, 2)],
            new CreatePathItem(4, "p", [0, 1, 2, 3, 0]));
        QueryResult result = Execute(overlay, new Create(Row(CypherValue.Node(0)), pattern), 0, 1, 2, 3, 4);

        Assert.True(result.Succeeded, result.Error?.ToString());
        CypherValue[] row = Assert.Single(result.Rows);
        int b = row[2].AsNodeId;
        int r = row[1].AsRelationshipId;
        CypherPath path = row[4].AsPath;
        Assert.Equal([0, b, 0], path.Nodes.ToArray());
        Assert.Equal([r, row[3].AsRelationshipId], path.Relationships.ToArray());
        Assert.Equal([b, b], overlay.Neighbours(0, -1, Direction.Outgoing).ToArray()[^2..]);
        Assert.Equal(CypherValue.Integer(1), RelationshipProperty(overlay, r, "w"));
        Assert.Equal("p = (a)-[r:LIKES {w: 1}]->(b:New)<-[s:SEES]-(a)", pattern.ToString());
    }

    [Fact]
    public void Creates_a_self_loop_and_shows_a_readable_pattern()
    {
        TransactionOverlay overlay = _graph.Begin();

        // CREATE (root)-[:LINK]->(root)
        var pattern = new CreatePattern([new CreateNodeItem(0, "root", false, [])], [new CreateRelationshipItem(1, string.Empty, "LINK", 0, 0)]);
        var create = new Create(new Argument(), pattern);
        Assert.Equal(["4"], Rows(overlay, create, 0));

        Assert.Equal(2, overlay.Degree(4, overlay.RelationshipTypeId("LINK"), Direction.Both));
        Assert.Equal("Create", create.Name);
        Assert.Equal("(root)-[:LINK]->(root)", create.Details);
        Assert.Equal("(a:A {x: 1}), (b)",
            new CreatePattern([new CreateNodeItem(0, "a", false, ["A"], new MapOf(("x", Build.Constant(1)))), new CreateNodeItem(1, "b", false, [])], []).ToString());
    }

    [Theory]
    [InlineData("map")]
    [InlineData("list of maps")]
    [InlineData("list holding null")]
    [InlineData("node")]
    public void Values_that_cannot_be_properties_are_TypeError_InvalidPropertyType(string kind)
    {
        CypherValue value = kind switch
        {
            "map" => CypherValue.Map(CypherMap.Of(("a", 1L))),
            "list of maps" => CypherValue.List(CypherValue.Map(CypherMap.Of(("num", 1L)))),
            "list holding null" => CypherValue.List(1L, CypherValue.Null),
            _ => CypherValue.Node(0),
        };
        var pattern = new CreatePattern([new CreateNodeItem(0, "n", false, [], Map(("p", value)))], []);

        QueryError error = Fails(_graph.Begin(), new Create(new Argument(), pattern));

        Assert.Equal(("TypeError", "InvalidPropertyType"), (error.ErrorClass, error.Detail));
    }

    [Fact]
    public void A_properties_expression_that_is_no_map_is_a_TypeError_and_null_means_none()
    {
        var notAMap = new CreatePattern([new CreateNodeItem(0, "n", false, [], Build.Constant(1))], []);
        Assert.Equal("TypeError", Fails(_graph.Begin(), new Create(new Argument(), notAMap)).ErrorClass);

        TransactionOverlay overlay = _graph.Begin();
        var none = new CreatePattern([new CreateNodeItem(0, "n", false, [], Null)], []);
        Assert.Equal(["4"], Rows(overlay, new Create(new Argument(), none), 0));
        Assert.Empty(overlay.NodeProperties(4));
    }

    [Fact]
    public void A_null_end_node_is_EntityNotFound_and_a_non_node_end_a_TypeError()
    {
        // OPTIONAL MATCH (a:Missing) CREATE (a)-[:R]->(b)
        var pattern = new CreatePattern(
            [new CreateNodeItem(0, "a", true, []), new CreateNodeItem(1, "b", false, [])],
            [new CreateRelationshipItem(2, "r", "R", 0, 1)]);

        QueryError missing = Fails(_graph.Begin(), new Create(Row(CypherValue.Null), pattern));
        Assert.Equal("EntityNotFound", missing.ErrorClass);
        Assert.Contains("(a)-[r:R]->(b)", missing.Message, StringComparison.Ordinal);

        QueryError notANode = Fails(_graph.Begin(), new Create(Row(CypherValue.Integer(3)), pattern));
        Assert.Equal(("TypeError", "InvalidArgumentType"), (notANode.ErrorClass, notANode.Detail));
    }

    [Fact]
    public void Creating_on_a_deleted_node_is_DeletedEntityAccess()
    {
        TransactionOverlay overlay = _graph.Begin();
        overlay.DeleteNode(3, detach: false);
        var pattern = new CreatePattern([new CreateNodeItem(0, "a", true, []), new CreateNodeItem(1, "b", false, [])], [new CreateRelationshipItem(2, "r", "R", 0, 1)]);

        QueryError error = Fails(overlay, new Create(Row(CypherValue.Node(3)), pattern));

        Assert.Equal(("EntityNotFound", "DeletedEntityAccess"), (error.ErrorClass, error.Detail));
    }

    [Fact]
    public void Created_elements_are_committed_and_survive_reopening()
    {
        TransactionOverlay overlay = _graph.Begin();
        var pattern = new CreatePattern(
            [new CreateNodeItem(0, "a", true, []), new CreateNodeItem(1, "b", false, ["New"], Map(("name", CypherValue.String("z")), ("tags", CypherValue.List(CypherValue.String("x"), CypherValue.String("y")))))],
            [new CreateRelationshipItem(2, "r", "LIKES", 1, 0, Map(("w", 2.5)))]);
        Rows(overlay, new Create(Row(CypherValue.Node(1)), pattern), 1);
        string key = overlay.NodeKey(4);

        _graph.Commit(overlay);
        IGraphReader reader = _graph.Reopen();

        int b = reader.FindNodeByKey(key);
        Assert.Equal(["New"], LabelNames(reader, b));
        Assert.Equal(["name='z'", "tags=['x', 'y']"], PropertyTexts(reader, reader.NodeProperties(b)));
        int likes = reader.RelationshipsOf(b, reader.RelationshipTypeId("LIKES"), Direction.Outgoing)[0];
        Assert.Equal(reader.FindNodeByKey("n1"), reader.EndNode(likes));
        Assert.Equal(CypherValue.Float(2.5), RelationshipProperty(reader, likes, "w"));
    }
}
