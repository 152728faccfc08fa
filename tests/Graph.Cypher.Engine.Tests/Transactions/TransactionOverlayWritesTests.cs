using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Engine.Execution.Operators;
using Graph.Cypher.Engine.Tests.Support;
using Graph.Cypher.Engine.Transactions;
using Graph.Storage;
using Graph.Storage.Reading;
using Graph.Storage.Values;
using Graph.Storage.Writing;

namespace Graph.Cypher.Engine.Tests.Transactions;

public sealed class TransactionOverlayWritesTests : IDisposable
{
    private static readonly StoreOptions Options = new() { Fsync = false, Indexes = [new IndexSpec("Person", "name")] };
    private readonly TempDirectory _folder = new();
    private GraphStore _store;

    public TransactionOverlayWritesTests()
    {
        _store = GraphStore.Open(_folder.Path, Options);
        var batch = new GraphBatch();
        batch.UpsertNode("ann", ["Person"], [new("name", PropertyValue.From("Ann"))]);
        batch.UpsertNode("bob", ["Person"], [new("name", PropertyValue.From("Bob"))]);
        batch.UpsertRelationship("KNOWS", "ann", "bob", string.Empty, [new("since", PropertyValue.From(2001L))]);
        _store.Commit(batch);
        _store.Publish();
    }

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void A_write_query_reads_its_own_writes()
    {
        var overlay = new TransactionOverlay(_store.Snapshot);
        int ann = overlay.FindNodeByKey("ann");
        int carl = overlay.CreateNode(["Person"], [new("name", PropertyValue.From("Carl"))]);
        overlay.CreateRelationship("KNOWS", ann, carl, []);

        // CREATE ... WITH a MATCH (a)-[:KNOWS]->(b) RETURN b
        var plan = new Expand(Build.Nodes(0, ann), Build.Step(0, 1, 2, Direction.Outgoing, "KNOWS"));
        Assert.Equal([overlay.FindNodeByKey("bob").ToString(System.Globalization.CultureInfo.InvariantCulture), carl.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            Run.Rows(overlay, plan, 2).Order(StringComparer.Ordinal));
        Assert.Equal([carl], overlay.FindNodes(overlay.LabelId("Person"), overlay.PropertyKeyId("name"), PropertyValue.From("Carl")).ToArray());
        Assert.Equal(3, overlay.NodesWithLabel(overlay.LabelId("Person")).Length);
        Assert.Empty(Run.Rows(_store.Snapshot, new Expand(Build.Nodes(0, ann), Build.Step(0, 1, 2, Direction.Outgoing, "LIKES")), 2));
    }

    [Fact]
    public void The_batch_commits_atomically_and_survives_reopen()
    {
        var overlay = new TransactionOverlay(_store.Snapshot);
        int ann = overlay.FindNodeByKey("ann");
        int bob = overlay.FindNodeByKey("bob");
        int carl = overlay.CreateNode(["Person", "New"], [new("name", PropertyValue.From("Carl"))]);
        int relationship = overlay.CreateRelationship("LIKES", carl, bob, [new("w", PropertyValue.From(3L))]);
        overlay.SetNodeProperty(ann, "age", PropertyValue.From(40L));
        overlay.RemoveLabel(bob, "Person");
        overlay.AddLabel(bob, "Robot");
        overlay.SetRelationshipProperty(overlay.RelationshipsOf(ann, overlay.RelationshipTypeId("KNOWS"), Direction.Outgoing)[0], "since", PropertyValue.Null);
        Assert.Equal(3L, overlay.RelationshipProperty(relationship, overlay.PropertyKeyId("w")).AsInteger);
        _store.Commit(overlay.ToBatch());
        _store.Dispose();
        _store = GraphStore.Open(_folder.Path, Options);

        IGraphReader reader = _store.Snapshot;
        int stored = reader.FindNodeByKey(overlay.NodeKey(carl));
        Assert.Equal(["New", "Person"], reader.LabelsOf(stored).ToArray().Select(l => reader.Labels[l]).Order(StringComparer.Ordinal));
        Assert.Equal(1, reader.Degree(stored, reader.RelationshipTypeId("LIKES"), Direction.Outgoing));
        Assert.Equal(40L, reader.NodeProperty(reader.FindNodeByKey("ann"), reader.PropertyKeyId("age")).AsInteger);
        Assert.Equal(["Robot"], reader.LabelsOf(reader.FindNodeByKey("bob")).ToArray().Select(l => reader.Labels[l]));
        int knows = reader.RelationshipsOf(reader.FindNodeByKey("ann"), reader.RelationshipTypeId("KNOWS"), Direction.Outgoing)[0];
        Assert.Empty(reader.RelationshipProperties(knows));
    }

    [Fact]
    public void Delete_needs_detach_when_relationships_remain_at_the_end()
    {
        var overlay = new TransactionOverlay(_store.Snapshot);
        int ann = overlay.FindNodeByKey("ann");
        overlay.DeleteNode(ann, detach: false);
        var error = Assert.Throws<QueryExecutionException>(overlay.ValidateDeletes);
        Assert.Equal((ExecutionErrorCodes.DeleteConnectedNode, "ConstraintValidationFailed", "DeleteConnectedNode"), (error.Code, error.ErrorClass, error.Detail));
        Assert.Throws<QueryExecutionException>(overlay.ToBatch);

        // A later DETACH DELETE of the same node takes its relationships and settles it.
        overlay.DeleteNode(ann, detach: true);
        overlay.ValidateDeletes();
        Assert.Equal(-1, overlay.FindNodeByKey("ann"));
        Assert.Equal(0, overlay.Degree(overlay.FindNodeByKey("bob"), -1, Direction.Both));
        Assert.Equal(["1"], Run.Rows(overlay, new AllNodesScan(0, "n"), 0));
        _store.Commit(overlay.ToBatch());
        IGraphReader reader = _store.Publish();
        Assert.Equal(-1, reader.FindNodeByKey("ann"));
        Assert.Equal(0, reader.Degree(reader.FindNodeByKey("bob"), -1, Direction.Both));
    }

    [Fact]
    public void Deleting_the_relationships_later_settles_a_connected_delete()
    {
        var overlay = new TransactionOverlay(_store.Snapshot);
        int ann = overlay.FindNodeByKey("ann");
        int knows = overlay.RelationshipsOf(ann, -1, Direction.Outgoing)[0];

        // MATCH (n)-[r]-() DELETE n, r: the node first, then its relationship.
        overlay.DeleteNode(ann, detach: false);
        Assert.False(overlay.NodeExists(ann));
        Assert.Equal([knows], overlay.RelationshipsOf(overlay.FindNodeByKey("bob"), -1, Direction.Incoming).ToArray());
        overlay.DeleteRelationship(knows);
        overlay.DeleteRelationship(knows);
        overlay.DeleteNode(ann, detach: false);

        overlay.ValidateDeletes();
        _store.Commit(overlay.ToBatch());
        Assert.Equal(-1, _store.Publish().FindNodeByKey("ann"));
    }

    [Fact]
    public void Created_then_deleted_elements_leave_no_trace()
    {
        var overlay = new TransactionOverlay(_store.Snapshot);
        int temp = overlay.CreateNode(["Temp"], []);
        overlay.CreateRelationship("KNOWS", overlay.FindNodeByKey("ann"), temp, []);
        overlay.DeleteNode(temp, detach: true);
        Assert.True(overlay.HasChanges);
        GraphBatch batch = overlay.ToBatch();
        Assert.Equal(0, batch.Count);
        var error = Assert.Throws<QueryExecutionException>(() => overlay.SetNodeProperty(temp, "x", PropertyValue.From(1L)));
        Assert.Equal(("EntityNotFound", "DeletedEntityAccess"), (error.ErrorClass, error.Detail));
    }
}
