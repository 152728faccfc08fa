using Graph.Storage.Tests.Support;
using Graph.Storage.Values;
using Graph.Storage.Writing;

namespace Graph.Storage.Tests;

public sealed class ErrorTests
{
    [Fact]
    public void A_relationship_to_an_unknown_node_rejects_the_whole_batch_and_logs_nothing()
    {
        using var folder = new TempDirectory();
        using (GraphStore store = GraphStore.Open(folder.Path, SampleBatches.FastOptions))
        {
            store.Commit(SampleBatches.Case(1, 2));
            GraphBatch bad = SampleBatches.Case(2, 2);
            bad.UpsertRelationship("HEARD_BY", "Case:2", "Court:nowhere", "", []);

            var error = Assert.Throws<StoreException>(() => store.Commit(bad));

            Assert.Equal("STORE_MISSING_NODE", error.Code);
            Assert.Contains("Court:nowhere", error.Message, StringComparison.Ordinal);
            Assert.Equal(3, store.Publish().NodeCount);
            Assert.Equal(1, store.Version);
        }

        using GraphStore reopened = GraphStore.Open(folder.Path, SampleBatches.FastOptions);
        Assert.Equal(3, reopened.Snapshot.NodeCount);
        Assert.Equal(-1, reopened.Snapshot.FindNodeByKey("Case:2"));
    }

    [Fact]
    public void An_empty_key_is_a_bad_batch()
    {
        using var folder = new TempDirectory();
        using GraphStore store = GraphStore.Open(folder.Path, SampleBatches.FastOptions);
        var batch = new GraphBatch();
        batch.UpsertNode("", ["Case"], []);

        Assert.Equal("STORE_BAD_BATCH", Assert.Throws<StoreException>(() => store.Commit(batch)).Code);
    }

    [Fact]
    public void More_than_63_labels_is_refused()
    {
        using var folder = new TempDirectory();
        using GraphStore store = GraphStore.Open(folder.Path, SampleBatches.FastOptions);
        var batch = new GraphBatch();
        batch.UpsertNode("k", [.. Enumerable.Range(0, 65).Select(i => "L" + i)], [new("x", PropertyValue.From(1L))]);

        Assert.Equal("STORE_TOO_MANY_LABELS", Assert.Throws<StoreException>(() => store.Commit(batch)).Code);
        Assert.Equal(0, store.Publish().NodeCount);
    }

    [Fact]
    public void A_second_writer_is_refused_while_the_first_holds_the_store()
    {
        using var folder = new TempDirectory();
        using GraphStore first = GraphStore.Open(folder.Path, SampleBatches.FastOptions);

        var error = Assert.Throws<StoreException>(() => GraphStore.Open(folder.Path, SampleBatches.FastOptions));

        Assert.Equal("STORE_LOCKED", error.Code);
    }

    [Fact]
    public void Opening_read_only_where_there_is_no_store_fails_clearly()
    {
        using var folder = new TempDirectory();

        var error = Assert.Throws<StoreException>(() => GraphStore.OpenReadOnly(folder.Sub("missing"), StoreOptions.Default));

        Assert.Equal("STORE_NOT_FOUND", error.Code);
    }
}
