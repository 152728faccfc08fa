using Graph.Storage.Reading;
using Graph.Storage.Tests.Support;
using Graph.Storage.Values;
using Graph.Storage.Writing;

namespace Graph.Storage.Tests.Durability;

public sealed class ListAndTemporalDurabilityTests
{
    private static readonly StoreOptions Options = SampleBatches.FastOptions with { Indexes = [new("Event", "when"), new("Event", "tags")] };

    private static readonly PropertyValue Tags = PropertyValue.ListOf([
        PropertyValue.From("张三"),
        PropertyValue.From(7L),
        PropertyValue.Null,
        PropertyValue.ListOf([PropertyValue.From(true), PropertyValue.ListOf([]), PropertyValue.From(-0.5)]),
        PropertyValue.From(new DateOnly(2020, 1, 2)),
        PropertyValue.From(new DateTimeOffset(2021, 3, 4, 5, 6, 7, TimeSpan.FromHours(8))),
        PropertyValue.From(["x", "张三"]),
        PropertyValue.Temporal(2, "P1Y2M3DT4H"),
    ]);

    private static readonly PropertyValue Empty = PropertyValue.ListOf([]);
    private static readonly PropertyValue When = PropertyValue.Temporal(7, "2015-07-21T21:40:32.142+01:00[Europe/London]");
    private static readonly PropertyValue Time = PropertyValue.Temporal(1, "12:31:14.645876123+01:00");
    private static readonly PropertyValue Span = PropertyValue.Temporal(9, "PT1H");
    private static readonly PropertyValue Path = PropertyValue.ListOf([PropertyValue.ListOf([PropertyValue.From("e1"), PropertyValue.From("e2")]), PropertyValue.Null]);

    [Fact]
    public void Values_survive_replay_of_a_log_whose_writer_never_closed_and_a_plain_reopen()
    {
        using var folder = new TempDirectory();
        using (GraphStore store = GraphStore.Open(folder.Path, Options))
        {
            store.Commit(Initial());
            AssertInitial(store.Publish());

            // The writer still holds the store, as after a crash: only the log has the batch.
            AssertInitial(GraphStore.OpenReadOnly(folder.Path, Options));
        }

        using GraphStore reopened = GraphStore.Open(folder.Path, Options);
        AssertInitial(reopened.Snapshot);
    }

    [Fact]
    public void Values_survive_a_checkpoint_and_reopen()
    {
        using var folder = new TempDirectory();
        using (GraphStore store = GraphStore.Open(folder.Path, Options))
        {
            store.Commit(Initial());
            store.Checkpoint();
            AssertInitial(store.Publish());
        }

        using GraphStore reopened = GraphStore.Open(folder.Path, Options);
        AssertInitial(reopened.Snapshot);
    }

    [Fact]
    public void Overwrites_and_removals_survive_log_replay_over_a_checkpoint_and_a_second_checkpoint()
    {
        using var folder = new TempDirectory();
        using (GraphStore store = GraphStore.Open(folder.Path, Options))
        {
            store.Commit(Initial());
            store.Checkpoint();
            store.Commit(Changes());
            AssertChanged(store.Publish());
            AssertChanged(GraphStore.OpenReadOnly(folder.Path, Options));
        }

        using (GraphStore reopened = GraphStore.Open(folder.Path, Options))
        {
            AssertChanged(reopened.Snapshot);
            reopened.Checkpoint();
        }

        using GraphStore again = GraphStore.Open(folder.Path, Options);
        AssertChanged(again.Snapshot);
    }

    [Fact]
    public void Appending_to_a_general_list_replaces_it_with_a_string_list_like_any_non_string_value()
    {
        using var folder = new TempDirectory();
        using GraphStore store = GraphStore.Open(folder.Path, Options);
        store.Commit(Initial());
        var batch = new GraphBatch();
        batch.AddToNodeList("e1", "tags", "y");
        batch.AddToNodeList("e1", "when", "z");
        store.Commit(batch);

        IGraphReader reader = store.Publish();
        int e1 = reader.FindNodeByKey("e1");
        Assert.Equal(PropertyValue.From(["y"]), reader.NodeProperty(e1, reader.PropertyKeyId("tags")));
        Assert.Equal(PropertyValue.From(["z"]), reader.NodeProperty(e1, reader.PropertyKeyId("when")));
    }

    private static GraphBatch Initial()
    {
        var batch = new GraphBatch();
        batch.UpsertNode("e1", ["Event"], [new("tags", Tags), new("when", When), new("empty", Empty), new("name", PropertyValue.From("张三"))]);
        batch.UpsertNode("e2", ["Event"], [new("tags", Empty), new("when", When)]);
        batch.UpsertNode("e3", ["Event"], [new("tags", PropertyValue.From(["x"])), new("when", Time)]);
        batch.UpsertNode("e4", ["Event"], [new("when", PropertyValue.From("noon")), new("tags", PropertyValue.From(3L))]);
        batch.UpsertRelationship("NEXT", "e1", "e2", "", [new("span", Span), new("path", Path), new("n", PropertyValue.From(1L))]);
        return batch;
    }

    private static GraphBatch Changes()
    {
        var batch = new GraphBatch();
        batch.UpsertNode("e1", [], [new("tags", PropertyValue.ListOf([Time, Empty])), new("when", PropertyValue.From("later")), new("empty", PropertyValue.Null)]);
        batch.UpsertNode("e2", [], [new("tags", PropertyValue.Null), new("when", Span)]);
        batch.UpsertNode("e3", [], [new("when", PropertyValue.ListOf([Time]))]);
        batch.UpsertRelationship("NEXT", "e1", "e2", "", [new("span", Path), new("path", PropertyValue.Null)]);
        return batch;
    }

    private static void AssertInitial(IGraphReader reader)
    {
        int e1 = reader.FindNodeByKey("e1"), e2 = reader.FindNodeByKey("e2"), e3 = reader.FindNodeByKey("e3"), e4 = reader.FindNodeByKey("e4");
        Assert.Equal(Tags, Node(reader, e1, "tags"));
        Assert.Equal(When, Node(reader, e1, "when"));
        Assert.Equal(Empty, Node(reader, e1, "empty"));
        Assert.Equal(Empty, Node(reader, e2, "tags"));
        Assert.Equal(Time, Node(reader, e3, "when"));
        Assert.Equal(4, reader.NodeProperties(e1).Count());
        int next = reader.RelationshipsOf(e1, reader.RelationshipTypeId("NEXT"), Direction.Outgoing)[0];
        Assert.Equal(Span, Relationship(reader, next, "span"));
        Assert.Equal(Path, Relationship(reader, next, "path"));
        Assert.Equal(3, reader.RelationshipProperties(next).Count());

        Assert.True(reader.HasIndex(reader.LabelId("Event"), reader.PropertyKeyId("when")));
        Assert.Equal([e1, e2], Find(reader, "when", When));
        Assert.Equal([e3], Find(reader, "when", Time));
        Assert.Empty(Find(reader, "when", PropertyValue.Temporal(8, When.TemporalText)));
        Assert.Empty(Find(reader, "when", PropertyValue.From(When.TemporalText)));
        Assert.Equal([e4], Find(reader, "when", PropertyValue.From("noon")));
        Assert.Equal([e1], Find(reader, "tags", Tags));
        Assert.Equal([e2], Find(reader, "tags", Empty));
        Assert.Equal([e3], Find(reader, "tags", PropertyValue.From(["x"])));
        Assert.Equal([e4], Find(reader, "tags", PropertyValue.From(3L)));
        Assert.Equal([e1], Find(reader, "empty", Empty));
        Assert.Equal([e1], Find(reader, "name", PropertyValue.From("张三")));
    }

    private static void AssertChanged(IGraphReader reader)
    {
        int e1 = reader.FindNodeByKey("e1"), e2 = reader.FindNodeByKey("e2"), e3 = reader.FindNodeByKey("e3");
        Assert.Equal(PropertyValue.ListOf([Time, Empty]), Node(reader, e1, "tags"));
        Assert.Equal(PropertyValue.From("later"), Node(reader, e1, "when"));
        Assert.True(Node(reader, e1, "empty").IsNull);
        Assert.Equal(["name", "tags", "when"], reader.NodeProperties(e1).Select(p => reader.PropertyKeys[p.Key]).Order(StringComparer.Ordinal));
        Assert.True(Node(reader, e2, "tags").IsNull);
        Assert.Equal(Span, Node(reader, e2, "when"));
        Assert.Equal(PropertyValue.ListOf([Time]), Node(reader, e3, "when"));
        int next = reader.RelationshipsOf(e1, reader.RelationshipTypeId("NEXT"), Direction.Outgoing)[0];
        Assert.Equal(Path, Relationship(reader, next, "span"));
        Assert.True(Relationship(reader, next, "path").IsNull);
        Assert.Equal(2, reader.RelationshipProperties(next).Count());

        Assert.Empty(Find(reader, "when", When));
        Assert.Empty(Find(reader, "when", Time));
        Assert.Equal([e2], Find(reader, "when", Span));
        Assert.Equal([e3], Find(reader, "when", PropertyValue.ListOf([Time])));
        Assert.Equal([e1], Find(reader, "when", PropertyValue.From("later")));
        Assert.Empty(Find(reader, "tags", Empty));
    }

    private static PropertyValue Node(IGraphReader reader, int node, string key) => reader.NodeProperty(node, reader.PropertyKeyId(key));

    private static PropertyValue Relationship(IGraphReader reader, int relationship, string key) =>
        reader.RelationshipProperty(relationship, reader.PropertyKeyId(key));

    private static int[] Find(IGraphReader reader, string key, PropertyValue value) =>
        reader.FindNodes(reader.LabelId("Event"), reader.PropertyKeyId(key), value).ToArray();
}
