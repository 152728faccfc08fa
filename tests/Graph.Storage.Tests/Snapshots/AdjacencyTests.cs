using Graph.Storage.Reading;
using Graph.Storage.Tests.Support;
using Graph.Storage.Values;
using Graph.Storage.Writing;

namespace Graph.Storage.Tests.Snapshots;

public sealed class AdjacencyTests
{
    private static readonly StoreOptions Options = new() { Fsync = false, Indexes = GraphGen.TestIndexes };

    [Fact]
    public void A_hub_with_many_mixed_relationships_reads_back_sorted_by_type_and_neighbour()
    {
        using var folder = new TempDirectory();
        using GraphStore store = GraphStore.Open(folder.Path, Options);
        var model = new GraphModel();
        var random = new Random(7);
        var batch = new GraphBatch();
        batch.UpsertNode("hub", ["Court"], [new("name", PropertyValue.From("hub"))]);
        for (int i = 0; i < 60; i++)
        {
            batch.UpsertNode("n" + i, ["Case"], [new("age", PropertyValue.From((long)(i % 5)))]);
        }

        string[] types = ["HEARD_BY", "ENFORCES", "BASED_ON"];
        for (int i = 0; i < 400; i++)
        {
            string other = "n" + random.Next(60);
            string type = types[random.Next(types.Length)];
            string discriminator = random.Next(3).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (random.Next(2) == 0)
            {
                batch.UpsertRelationship(type, other, "hub", discriminator, []);
            }
            else
            {
                batch.UpsertRelationship(type, "hub", other, discriminator, [new("i", PropertyValue.From((long)i))]);
            }
        }

        store.Commit(batch);
        model.Apply(batch.Mutations);
        IGraphReader reader = store.Publish();

        ModelAssert.Matches(model, reader, Options.Indexes);
        int hub = reader.FindNodeByKey("hub");
        Assert.True(reader.Degree(hub, -1, Direction.Incoming) > 32);
        Assert.Equal(reader.Degree(hub, -1, Direction.Outgoing) + reader.Degree(hub, -1, Direction.Incoming), reader.Degree(hub, -1, Direction.Both));
        Assert.Equal(12, reader.FindNodes(reader.LabelId("Case"), reader.PropertyKeyId("age"), PropertyValue.From(2L)).Length);
    }
}
