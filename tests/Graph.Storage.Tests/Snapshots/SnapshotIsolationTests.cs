using Graph.Storage.Reading;
using Graph.Storage.Tests.Support;
using Graph.Storage.Values;
using Graph.Storage.Writing;

namespace Graph.Storage.Tests.Snapshots;

public sealed class SnapshotIsolationTests
{
    private static readonly StoreOptions Options = new() { Fsync = false, Indexes = GraphGen.TestIndexes };

    [Fact]
    public void An_old_snapshot_keeps_its_answers_after_later_commits_publishes_and_checkpoints()
    {
        using var folder = new TempDirectory();
        using GraphStore store = GraphStore.Open(folder.Path, Options);
        var model = new GraphModel();
        Commit(store, model, SampleBatches.Case(1, 3));
        Commit(store, model, SampleBatches.Case(2, 2));
        IGraphReader old = store.Publish();
        GraphModel oldModel = model.Clone();

        // Overwrite properties of existing nodes, add labels, lists and relationships, remove a property.
        var changes = new GraphBatch();
        changes.UpsertNode("Person:1-0", ["Company"], [new("name", PropertyValue.From("renamed")), new("resolution", PropertyValue.Null)]);
        changes.AddToNodeList("Person:1-0", "mentions", "Case:2");
        changes.UpsertRelationship("PARTY_IN", "Person:1-0", "Case:2", "x", [new("role", PropertyValue.From("third_party"))]);
        Commit(store, model, changes);
        for (int i = 3; i < 200; i++)
        {
            Commit(store, model, SampleBatches.Case(i, 1));
        }

        store.Publish();
        store.Checkpoint();
        Commit(store, model, SampleBatches.Case(500, 2));
        IGraphReader latest = store.Publish();

        ModelAssert.Matches(oldModel, old, Options.Indexes);
        ModelAssert.Matches(model, latest, Options.Indexes);
        Assert.True(latest.Version > old.Version);
        Assert.Equal(-1, old.FindNodeByKey("Case:500"));
        Assert.True(latest.FindNodeByKey("Case:500") >= 0);
        Assert.True(old.FindNodes(old.LabelId("Person"), old.PropertyKeyId("name"), PropertyValue.From("renamed")).IsEmpty);
        Assert.False(latest.FindNodes(latest.LabelId("Person"), latest.PropertyKeyId("name"), PropertyValue.From("renamed")).IsEmpty);
    }

    private static void Commit(GraphStore store, GraphModel model, GraphBatch batch)
    {
        store.Commit(batch);
        model.Apply(batch.Mutations);
    }
}
