using Graph.Storage.State;
using Graph.Storage.Tests.Support;
using Graph.Storage.Values;
using Graph.Storage.Writing;

namespace Graph.Storage.Tests.State;

public sealed class ListAndTemporalValidationTests
{
    [Fact]
    public void Lists_may_nest_to_the_limit_and_read_back_after_replay()
    {
        using var folder = new TempDirectory();
        PropertyValue deep = Nested(BatchValidator.MaxListDepth);
        using (GraphStore store = GraphStore.Open(folder.Path, SampleBatches.FastOptions))
        {
            store.Commit(Batch(deep));
        }

        using GraphStore reopened = GraphStore.Open(folder.Path, SampleBatches.FastOptions);
        Assert.Equal(deep, reopened.Snapshot.NodeProperty(0, reopened.Snapshot.PropertyKeyId("v")));
    }

    [Fact]
    public void Bad_values_inside_lists_reject_the_batch_and_log_nothing()
    {
        var selfContaining = new PropertyValue[1];
        selfContaining[0] = PropertyValue.ListOf(selfContaining);
        PropertyValue[] bad =
        [
            Nested(BatchValidator.MaxListDepth + 1),
            PropertyValue.ListOf(selfContaining),
            PropertyValue.ListOf([PropertyValue.From(1L), PropertyValue.From(["a", null!])]),
            PropertyValue.Temporal(1, ""),
            PropertyValue.ListOf([PropertyValue.Temporal(1, "")]),
        ];
        using var folder = new TempDirectory();
        using GraphStore store = GraphStore.Open(folder.Path, SampleBatches.FastOptions);
        foreach (PropertyValue value in bad)
        {
            Assert.Equal("STORE_BAD_BATCH", Assert.Throws<StoreException>(() => store.Commit(Batch(value))).Code);

            var relationship = new GraphBatch();
            relationship.UpsertNode("a", [], []);
            relationship.UpsertRelationship("R", "a", "a", "", [new("v", value)]);
            Assert.Equal("STORE_BAD_BATCH", Assert.Throws<StoreException>(() => store.Commit(relationship)).Code);
        }

        Assert.Equal(0, store.Version);
        Assert.Equal(0, store.Publish().NodeCount);
    }

    private static PropertyValue Nested(int levels)
    {
        PropertyValue value = PropertyValue.Temporal(2, "P1D");
        for (int i = 0; i < levels; i++)
        {
            value = PropertyValue.ListOf([value, PropertyValue.Null]);
        }

        return value;
    }

    private static GraphBatch Batch(PropertyValue value)
    {
        var batch = new GraphBatch();
        batch.UpsertNode("n", ["N"], [new("v", value)]);
        return batch;
    }
}
