using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Engine.Execution.Operators;
using Graph.Cypher.Engine.Execution.Operators.Writes;
using Graph.Cypher.Engine.Tests.Support;
using Graph.Cypher.Engine.Transactions;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;
using Graph.Storage.Reading;
using Graph.Storage.Writing;
using static Graph.Cypher.Engine.Tests.Operators.Writes.WriteGraph;

namespace Graph.Cypher.Engine.Tests.Operators.Writes;

public sealed class DeleteTests : IDisposable
{
    private static readonly RowExpression[] Slots012 = [Build.Slot(0), Build.Slot(1), Build.Slot(2)];
    private readonly WriteGraph _graph = new();

    public void Dispose() => _graph.Dispose();

    [Fact]
    public void Deletes_nodes_and_relationships_ignores_null_and_tolerates_repeats()
    {
        TransactionOverlay overlay = _graph.Begin();

        // MATCH (a)-[r]->(b) ... DELETE r, a, b, null, r, a
        var delete = new Delete(Row(CypherValue.Relationship(0), CypherValue.Node(0), CypherValue.Node(3)),
            [Build.Slot(0), Build.Slot(1), Build.Slot(2), Null, Build.Slot(0), Build.Slot(1)], detach: false);
        Assert.Equal(["0,0,3"], Rows(overlay, delete, 0, 1, 2));

        Assert.False(overlay.NodeExists(0));
        Assert.False(overlay.RelationshipExists(0));
        Assert.Equal(("Delete", "s0, s1, s2, null, s0, s1"), (delete.Name, delete.Details));

        IGraphReader stored = _graph.Commit(overlay);
        Assert.Equal(-1, stored.FindNodeByKey("n0"));
        Assert.Equal(-1, stored.FindNodeByKey("n3"));
        Assert.Equal(0, stored.Degree(stored.FindNodeByKey("n1"), stored.RelationshipTypeId("KNOWS"), Direction.Incoming));
    }

    [Fact]
    public void A_node_may_keep_relationships_until_the_end_of_the_query()
    {
        TransactionOverlay overlay = _graph.Begin();

        // MATCH (n)-[r]-() DELETE n, r  with n first: fine once r is gone too, even from a later row
        Rows(overlay, new Delete(Row(CypherValue.Node(0)), [Build.Slot(0)], detach: false));
        Assert.False(overlay.NodeExists(0));
        Assert.Equal([0], overlay.RelationshipsOf(1, -1, Direction.Incoming).ToArray());
        Rows(overlay, new Delete(Row(CypherValue.Relationship(0)), [Build.Slot(0)], detach: false));

        IGraphReader stored = _graph.Commit(overlay);
        Assert.Equal(-1, stored.FindNodeByKey("n0"));
    }

    [Fact]
    public void Deleting_a_connected_node_without_detach_fails_when_the_query_ends()
    {
        TransactionOverlay overlay = _graph.Begin();

        // MATCH (n:Person {name: 'a'}) DELETE n
        Rows(overlay, new Delete(Row(CypherValue.Node(0)), [Build.Slot(0)], detach: false));
        var error = Assert.Throws<QueryExecutionException>(overlay.ToBatch);

        Assert.Equal((ExecutionErrorCodes.DeleteConnectedNode, "ConstraintValidationFailed", "DeleteConnectedNode"), (error.Code, error.ErrorClass, error.Detail));
        Assert.Equal(0, _graph.Store.Snapshot.FindNodeByKey("n0"));
    }

    [Fact]
    public void Detach_delete_takes_the_relationships_along()
    {
        TransactionOverlay overlay = _graph.Begin();

        // MATCH (n {name: 'b'}) DETACH DELETE n
        var delete = new Delete(Row(CypherValue.Node(1)), [Build.Slot(0)], detach: true);
        Rows(overlay, delete);

        Assert.Equal("DetachDelete", delete.Name);
        Assert.Empty(overlay.RelationshipsOf(0, -1, Direction.Outgoing).ToArray());
        Assert.Empty(overlay.RelationshipsOf(2, -1, Direction.Incoming).ToArray());
        IGraphReader stored = _graph.Commit(overlay);
        Assert.Equal(-1, stored.FindNodeByKey("n1"));
        Assert.Equal(0, stored.Degree(stored.FindNodeByKey("n0"), -1, Direction.Both));
    }

    [Fact]
    public void Deleting_a_path_deletes_all_its_elements()
    {
        TransactionOverlay overlay = _graph.Begin();

        // MATCH p = (:Person {name: 'a'})-->()-->() DELETE p
        var path = CypherValue.Path(new CypherPath([0, 1, 2], [0, 1]));
        Rows(overlay, new Delete(Row(path, CypherValue.Null), [Build.Slot(0), Build.Slot(1)], detach: false));

        Assert.Equal(["3"], Rows(overlay, new AllNodesScan(0, "n"), 0));
        Assert.False(overlay.NodeExists(0) || overlay.NodeExists(1) || overlay.NodeExists(2) || overlay.RelationshipExists(0) || overlay.RelationshipExists(1));
        GraphBatch batch = overlay.ToBatch();
        Assert.Equal(5, batch.Count);
    }

    [Fact]
    public void Deleting_something_that_is_no_element_is_a_TypeError()
    {
        QueryError error = Fails(_graph.Begin(), new Delete(Row(CypherValue.Integer(2)), [Build.Slot(0)], detach: false));

        Assert.Equal(("TypeError", "InvalidArgumentType"), (error.ErrorClass, error.Detail));
    }

    [Fact]
    public void Reading_a_deleted_element_later_is_DeletedEntityAccess_but_its_type_is_still_known()
    {
        TransactionOverlay overlay = _graph.Begin();

        // MATCH (n)-[r]->() DELETE n, r RETURN n.name  /  RETURN r.since
        var deleted = new Delete(Row(CypherValue.Node(0), CypherValue.Relationship(0)), [Build.Slot(0), Build.Slot(1)], detach: false);
        QueryError node = Fails(overlay, new Projection(deleted, new ProjectionItem(2, "x", Build.Property(0, "name"))));
        Assert.Equal(("EntityNotFound", "DeletedEntityAccess"), (node.ErrorClass, node.Detail));

        QueryError relationship = Fails(overlay, new Projection(new Argument(), new ProjectionItem(2, "x", new PropertyAccess(WriteGraph.Value(CypherValue.Relationship(0)), "since"))));
        Assert.Equal(("EntityNotFound", "DeletedEntityAccess"), (relationship.ErrorClass, relationship.Detail));
        Assert.Equal("KNOWS", overlay.RelationshipTypes[overlay.RelationshipType(0)]);
    }

    [Fact]
    public void Elements_created_and_deleted_in_the_query_leave_no_trace()
    {
        TransactionOverlay overlay = _graph.Begin();

        // CREATE (n)-[r:T]->(m) DELETE n, r, m
        var create = new Create(new Argument(), new CreatePattern(
            [new CreateNodeItem(0, "n", false, ["Temp"]), new CreateNodeItem(2, "m", false, [])], [new CreateRelationshipItem(1, "r", "T", 0, 2)]));
        Rows(overlay, new Delete(create, Slots012, detach: false));

        Assert.Equal(0, overlay.ToBatch().Count);
        Assert.Empty(overlay.NodesWithLabel(overlay.LabelId("Temp")).ToArray());
    }
}
