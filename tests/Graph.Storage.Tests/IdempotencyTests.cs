using Graph.Storage.Reading;
using Graph.Storage.Tests.Support;

namespace Graph.Storage.Tests;

public sealed class IdempotencyTests
{
    [Fact]
    public void Committing_the_same_batch_twice_changes_nothing_but_the_version()
    {
        using var folder = new TempDirectory();
        using GraphStore store = GraphStore.Open(folder.Path, SampleBatches.FastOptions);
        store.Commit(SampleBatches.Case(7, 3));
        IGraphReader once = store.Publish();
        store.Commit(SampleBatches.Case(7, 3));
        IGraphReader twice = store.Publish();

        Assert.Equal(once.NodeCount, twice.NodeCount);
        Assert.Equal(once.RelationshipCount, twice.RelationshipCount);
        Assert.Equal(4, twice.NodeCount);
        Assert.Equal(3, twice.RelationshipCount);
        Assert.Equal(once.Version + 1, twice.Version);
        for (int node = 0; node < twice.NodeCount; node++)
        {
            Assert.Equal(once.NodeProperties(node), twice.NodeProperties(node));
        }

        int person = twice.FindNodeByKey("Person:7-0");
        Assert.Equal(["Case:7"], twice.NodeProperty(person, twice.PropertyKeyId("mentions")).AsStringList);
    }
}
