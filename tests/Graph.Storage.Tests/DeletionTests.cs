using Graph.Storage.Reading;
using Graph.Storage.Tests.Support;
using Graph.Storage.Values;
using Graph.Storage.Writing;

namespace Graph.Storage.Tests;

public sealed class DeletionTests
{
    private static readonly StoreOptions Options = new() { Fsync = false, Indexes = [new IndexSpec("Person", "name")] };

    private static GraphBatch Triangle()
    {
        var batch = new GraphBatch();
        batch.UpsertNode("a", ["Person"], [new("name", PropertyValue.From("Ann"))]);
        batch.UpsertNode("b", ["Person"], [new("name", PropertyValue.From("Bob"))]);
        batch.UpsertNode("c", ["Person", "Company"], []);
        batch.UpsertRelationship("KNOWS", "a", "b", string.Empty, [new("since", PropertyValue.From(2001L))]);
        batch.UpsertRelationship("KNOWS", "b", "c", string.Empty, []);
        batch.UpsertRelationship("KNOWS", "c", "a", string.Empty, []);
        return batch;
    }

    private static void Commit(GraphStore store, Action<GraphBatch> build)
    {
        var batch = new GraphBatch();
        build(batch);
        store.Commit(batch);
    }

    private static int Live(IGraphReader reader, Func<int, bool> exists, int count) => Enumerable.Range(0, count).Count(exists);

    [Fact]
    public void Deleting_a_node_with_relationships_needs_detach()
    {
        using var folder = new TempDirectory();
        using GraphStore store = GraphStore.Open(folder.Path, Options);
        store.Commit(Triangle());
        var error = Assert.Throws<StoreException>(() => Commit(store, b => b.DeleteNode("a", detach: false)));
        Assert.Equal("STORE_NODE_HAS_RELATIONSHIPS", error.Code);

        Commit(store, b =>
        {
            b.DeleteRelationship("KNOWS", "a", "b", string.Empty);
            b.DeleteRelationship("KNOWS", "c", "a", string.Empty);
            b.DeleteNode("a", detach: false);
        });
        IGraphReader reader = store.Publish();
        Assert.Equal(-1, reader.FindNodeByKey("a"));
        Assert.Equal(2, Live(reader, reader.NodeExists, reader.NodeCount));
        Assert.Equal(1, Live(reader, reader.RelationshipExists, reader.RelationshipCount));
    }

    [Fact]
    public void Detach_delete_removes_the_relationships_everywhere_and_survives_replay_and_checkpoint()
    {
        using var folder = new TempDirectory();
        GraphStore store = GraphStore.Open(folder.Path, Options);
        try
        {
            store.Commit(Triangle());
            Commit(store, b => b.DeleteNode("b", detach: true));
            for (int round = 0; round < 3; round++)
            {
                IGraphReader reader = round switch { 0 => store.Publish(), _ => store.Snapshot };
                int a = reader.FindNodeByKey("a");
                Assert.Equal(-1, reader.FindNodeByKey("b"));
                Assert.Equal(["Ann"], reader.NodesWithLabel(reader.LabelId("Person")).ToArray().Select(n => reader.NodeProperty(n, reader.PropertyKeyId("name"))).Where(v => !v.IsNull).Select(v => v.AsString));
                Assert.True(reader.FindNodes(reader.LabelId("Person"), reader.PropertyKeyId("name"), PropertyValue.From("Bob")).IsEmpty);
                Assert.Equal(0, reader.Degree(a, -1, Direction.Outgoing));
                Assert.Equal(1, reader.Degree(a, -1, Direction.Incoming));
                Assert.Equal(1, Live(reader, reader.RelationshipExists, reader.RelationshipCount));

                // Round 1 reads the replayed log, round 2 the checkpoint.
                if (round == 0)
                {
                    store.Dispose();
                    store = GraphStore.Open(folder.Path, Options);
                }
                else if (round == 1)
                {
                    store.Checkpoint();
                    store.Dispose();
                    store = GraphStore.Open(folder.Path, Options);
                }
            }
        }
        finally
        {
            store.Dispose();
        }
    }

    [Fact]
    public void A_deleted_key_upserted_again_is_a_fresh_node()
    {
        using var folder = new TempDirectory();
        using GraphStore store = GraphStore.Open(folder.Path, Options);
        store.Commit(Triangle());
        Commit(store, b => b.DeleteNode("c", detach: true));
        Commit(store, b => b.UpsertNode("c", ["Company"], []));
        IGraphReader reader = store.Publish();
        int c = reader.FindNodeByKey("c");
        Assert.Equal(["Company"], reader.LabelsOf(c).ToArray().Select(l => reader.Labels[l]));
        Assert.Equal(0, reader.Degree(c, -1, Direction.Both));
        Assert.Empty(reader.NodeProperties(c));
    }

    [Fact]
    public void A_batch_may_not_write_a_node_it_deletes()
    {
        using var folder = new TempDirectory();
        using GraphStore store = GraphStore.Open(folder.Path, Options);
        store.Commit(Triangle());
        var error = Assert.Throws<StoreException>(() => Commit(store, b =>
        {
            b.DeleteNode("a", detach: true);
            b.UpsertRelationship("KNOWS", "b", "a", "x", []);
        }));
        Assert.Equal("STORE_DELETED_NODE_REUSED", error.Code);
        Assert.Equal("STORE_MISSING_NODE", Assert.Throws<StoreException>(() => Commit(store, b => b.DeleteNode("zz", detach: true))).Code);
    }

    [Fact]
    public void Created_nodes_and_relationships_get_generated_identities()
    {
        using var folder = new TempDirectory();
        GraphStore store = GraphStore.Open(folder.Path, Options);
        try
        {
            string first = string.Empty, second = string.Empty, discriminator = string.Empty;
            Commit(store, b =>
            {
                first = b.CreateNode(["Person"], []);
                second = b.CreateNode(["Person"], []);
                discriminator = b.CreateRelationship("KNOWS", first, second, [new("w", PropertyValue.From(1L))]);
                b.CreateRelationship("KNOWS", first, second, []);
            });
            Assert.NotEqual(first, second);
            Assert.StartsWith(GraphBatch.GeneratedKeyPrefix, first, StringComparison.Ordinal);
            store.Dispose();
            store = GraphStore.Open(folder.Path, Options);
            IGraphReader reader = store.Snapshot;
            int a = reader.FindNodeByKey(first);
            Assert.Equal(2, reader.Degree(a, -1, Direction.Outgoing));
            int relationship = reader.RelationshipsOf(a, reader.RelationshipTypeId("KNOWS"), Direction.Outgoing).ToArray()
                .Single(r => reader.RelationshipDiscriminator(r) == discriminator);

            // Relationship properties are set through the relationship's identity.
            Commit(store, b => b.UpsertRelationship("KNOWS", first, second, reader.RelationshipDiscriminator(relationship), [new("w", PropertyValue.From(2L))]));
            Assert.Equal(2L, store.Publish().RelationshipProperty(relationship, reader.PropertyKeyId("w")).AsInteger);
        }
        finally
        {
            store.Dispose();
        }
    }

    [Fact]
    public void Labels_and_properties_can_be_removed()
    {
        using var folder = new TempDirectory();
        using GraphStore store = GraphStore.Open(folder.Path, Options);
        store.Commit(Triangle());
        Commit(store, b =>
        {
            b.RemoveLabels("c", ["Company", "Unknown"]);
            b.RemoveNodeProperties("a", ["name"]);
        });
        IGraphReader reader = store.Publish();
        Assert.Equal(["Person"], reader.LabelsOf(reader.FindNodeByKey("c")).ToArray().Select(l => reader.Labels[l]));
        Assert.Empty(reader.NodesWithLabel(reader.LabelId("Company")).ToArray());
        Assert.Empty(reader.NodeProperties(reader.FindNodeByKey("a")));
        Assert.True(reader.FindNodes(reader.LabelId("Person"), reader.PropertyKeyId("name"), PropertyValue.From("Ann")).IsEmpty);
    }
}
