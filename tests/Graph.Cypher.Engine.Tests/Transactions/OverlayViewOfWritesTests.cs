using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Engine.Execution.Operators;
using Graph.Cypher.Engine.Tests.Operators.Writes;
using Graph.Cypher.Engine.Transactions;
using Graph.Storage.Reading;
using Graph.Storage.Values;
using static Graph.Cypher.Engine.Tests.Operators.Writes.WriteGraph;

namespace Graph.Cypher.Engine.Tests.Transactions;

/// <summary>What reads through the overlay see after writes (the fixture is <see cref="WriteGraph"/>: n0..n3, r0 n0-KNOWS->n1, r1 n1-WORKS_AT->n2).</summary>
public sealed class OverlayViewOfWritesTests : IDisposable
{
    private readonly WriteGraph _graph = new();

    public void Dispose() => _graph.Dispose();

    [Fact]
    public void Labels_of_new_and_existing_nodes_can_be_added_and_removed()
    {
        TransactionOverlay overlay = _graph.Begin();
        int person = overlay.LabelId("Person");
        Assert.Equal([0, 1], overlay.NodesWithLabel(person).ToArray());

        int created = overlay.CreateNode(["Person", "Temp"], []);
        overlay.AddLabel(created, "Extra");
        overlay.RemoveLabel(created, "Temp");
        overlay.RemoveLabel(created, "NeverSeen");
        overlay.AddLabel(3, "Person");
        overlay.RemoveLabel(0, "Person");

        Assert.Equal(["Extra", "Person"], LabelNames(overlay, created));
        Assert.True(overlay.HasLabel(created, overlay.LabelId("Extra")));
        Assert.False(overlay.HasLabel(created, overlay.LabelId("Temp")));
        Assert.False(overlay.HasLabel(2, overlay.LabelId("Extra")));
        Assert.Equal([1, 3, created], overlay.NodesWithLabel(person).ToArray());
        Assert.Empty(overlay.NodesWithLabel(overlay.LabelId("Temp")).ToArray());
        Assert.Empty(overlay.NodesWithLabel(-1).ToArray());

        overlay.DeleteNode(1, detach: true);
        Assert.Equal([3, created], overlay.NodesWithLabel(person).ToArray());
    }

    [Fact]
    public void Properties_of_new_relationships_can_be_set_and_removed()
    {
        TransactionOverlay overlay = _graph.Begin();
        int relationship = overlay.CreateRelationship("LIKES", 0, 3, [new("w", PropertyValue.From(1L)), new("gone", PropertyValue.Null)]);

        overlay.SetRelationshipProperty(relationship, "w", PropertyValue.From(2L));
        overlay.SetRelationshipProperty(relationship, "z", PropertyValue.From("z"));
        overlay.SetRelationshipProperty(relationship, "z", PropertyValue.Null);
        overlay.SetRelationshipProperty(0, "since", PropertyValue.Null);

        Assert.Equal(["w=2"], PropertyTexts(overlay, overlay.RelationshipProperties(relationship)));
        Assert.Empty(overlay.RelationshipProperties(0));
        Assert.Equal(PropertyValue.Null, overlay.RelationshipProperty(relationship, overlay.PropertyKeyId("z")));
    }

    [Fact]
    public void Node_counts_and_scans_include_new_nodes_and_skip_deleted_ones()
    {
        TransactionOverlay overlay = _graph.Begin();
        int first = overlay.CreateNode([], []);
        int second = overlay.CreateNode([], []);
        overlay.DeleteNode(second, detach: false);
        overlay.DeleteNode(3, detach: false);

        Assert.Equal(6, overlay.NodeCount);
        Assert.True(overlay.NodeExists(first));
        Assert.False(overlay.NodeExists(second) || overlay.NodeExists(3) || overlay.NodeExists(6) || overlay.NodeExists(-1));
        Assert.Equal(["0", "1", "2", "4"], Rows(overlay, new AllNodesScan(0, "n"), 0));
    }

    [Fact]
    public void Adjacency_includes_new_relationships_and_skips_deleted_ones()
    {
        TransactionOverlay overlay = _graph.Begin();
        int knows = overlay.RelationshipTypeId("KNOWS");
        int created = overlay.CreateNode([], []);
        int toNew = overlay.CreateRelationship("KNOWS", 0, created, []);
        int likes = overlay.CreateRelationship("LIKES", 0, 2, []);
        int gone = overlay.CreateRelationship("KNOWS", 2, 0, []);
        overlay.DeleteRelationship(0);
        overlay.DeleteRelationship(gone);

        Assert.Equal([toNew], overlay.RelationshipsOf(0, knows, Direction.Outgoing).ToArray());
        Assert.Equal([created], overlay.Neighbours(0, knows, Direction.Outgoing).ToArray());
        Assert.Equal([toNew, likes], overlay.RelationshipsOf(0, -1, Direction.Outgoing).ToArray());
        Assert.Equal([created, 2], overlay.Neighbours(0, -1, Direction.Outgoing).ToArray());
        Assert.Equal([likes], overlay.RelationshipsOf(0, overlay.RelationshipTypeId("LIKES"), Direction.Outgoing).ToArray());
        Assert.Empty(overlay.RelationshipsOf(0, -1, Direction.Incoming).ToArray());
        Assert.Empty(overlay.RelationshipsOf(1, knows, Direction.Incoming).ToArray());
        Assert.Equal([toNew], overlay.RelationshipsOf(created, -1, Direction.Incoming).ToArray());
        Assert.Equal([0], overlay.Neighbours(created, knows, Direction.Incoming).ToArray());
        Assert.Equal(2, overlay.Degree(0, -1, Direction.Both));
        Assert.Equal(2, overlay.Degree(2, -1, Direction.Both));
        Assert.Equal(["2", "3"], Rows(overlay, new Expand(Support.Build.Nodes(0, 0), Support.Build.Step(0, 1, 2, Direction.Outgoing)), 1));
    }

    [Fact]
    public void Lookups_see_new_and_changed_nodes_and_tolerate_unknown_tokens()
    {
        TransactionOverlay overlay = _graph.Begin();
        int person = overlay.LabelId("Person");
        int name = overlay.PropertyKeyId("name");
        int created = overlay.CreateNode(["Person"], [new("name", PropertyValue.From("a"))]);
        overlay.SetNodeProperty(1, "name", PropertyValue.From("a"));
        overlay.DeleteNode(0, detach: true);

        Assert.Equal([1, created], overlay.FindNodes(person, name, PropertyValue.From("a")).ToArray());
        Assert.Empty(overlay.FindNodes(-1, name, PropertyValue.From("a")).ToArray());
        Assert.Empty(overlay.FindNodes(person, -1, PropertyValue.From("a")).ToArray());
        Assert.False(overlay.HasLabel(2, -1));
        Assert.Equal(created, overlay.FindNodeByKey(overlay.NodeKey(created)));
        Assert.Equal(-1, overlay.FindNodeByKey("n0"));
    }

    [Fact]
    public void Reading_deleted_elements_is_DeletedEntityAccess_except_what_identifies_them()
    {
        TransactionOverlay overlay = _graph.Begin();
        int age = overlay.PropertyKeyId("age");
        overlay.DeleteNode(0, detach: true);

        AssertDeleted(() => overlay.NodeProperty(0, age));
        AssertDeleted(() => overlay.NodeProperties(0));
        AssertDeleted(() => overlay.LabelsOf(0).ToArray());
        AssertDeleted(() => overlay.RelationshipProperty(0, overlay.PropertyKeyId("since")));
        AssertDeleted(() => overlay.RelationshipProperties(0));
        AssertDeleted(() => overlay.AddLabel(0, "X"));
        AssertDeleted(() => overlay.SetRelationshipProperty(0, "x", PropertyValue.From(1L)));
        AssertDeleted(() => overlay.CreateRelationship("R", 1, 0, []));
        Assert.False(overlay.HasLabel(0, overlay.LabelId("Person")));
        Assert.Equal("KNOWS", overlay.RelationshipTypes[overlay.RelationshipType(0)]);
        Assert.Equal((0, 1), (overlay.StartNode(0), overlay.EndNode(0)));
    }

    [Fact]
    public void The_final_state_round_trips_through_a_real_store()
    {
        TransactionOverlay overlay = _graph.Begin();
        int created = overlay.CreateNode(["New"], [new("name", PropertyValue.From("n"))]);
        int likes = overlay.CreateRelationship("LIKES", created, 1, []);
        overlay.SetRelationshipProperty(likes, "w", PropertyValue.From(0.5));
        overlay.AddLabel(created, "Also");
        overlay.RemoveLabel(1, "Person");
        overlay.SetNodeProperty(1, "age", PropertyValue.Null);
        overlay.SetNodeProperty(2, "size", PropertyValue.ListOf([PropertyValue.From(1L), PropertyValue.From(2L)]));
        overlay.DeleteNode(3, detach: false);
        overlay.DeleteRelationship(1);
        string key = overlay.NodeKey(created);

        _graph.Commit(overlay);
        IGraphReader reader = _graph.Reopen();

        int stored = reader.FindNodeByKey(key);
        int b = reader.FindNodeByKey("n1");
        Assert.Equal(["Also", "New"], LabelNames(reader, stored));
        Assert.Equal(["name='n'"], PropertyTexts(reader, reader.NodeProperties(stored)));
        int storedLikes = reader.RelationshipsOf(stored, reader.RelationshipTypeId("LIKES"), Direction.Outgoing)[0];
        Assert.Equal(b, reader.EndNode(storedLikes));
        Assert.Equal(["w=0.5"], PropertyTexts(reader, reader.RelationshipProperties(storedLikes)));
        Assert.Empty(LabelNames(reader, b));
        Assert.Equal(["name='b'"], PropertyTexts(reader, reader.NodeProperties(b)));
        Assert.Equal(["name='c'", "size=[1, 2]"], PropertyTexts(reader, reader.NodeProperties(reader.FindNodeByKey("n2"))));
        Assert.Equal(-1, reader.FindNodeByKey("n3"));
        Assert.Equal(0, reader.Degree(b, reader.RelationshipTypeId("WORKS_AT"), Direction.Outgoing));
        Assert.Equal(1, reader.Degree(b, reader.RelationshipTypeId("KNOWS"), Direction.Incoming));
    }

    private static void AssertDeleted(Action read)
    {
        var error = Assert.Throws<QueryExecutionException>(read);
        Assert.Equal(("EntityNotFound", "DeletedEntityAccess", ExecutionErrorCodes.DeletedElement), (error.ErrorClass, error.Detail, error.Code));
    }

    private static void AssertDeleted(Func<object> read) => AssertDeleted(() => { _ = read(); });
}
