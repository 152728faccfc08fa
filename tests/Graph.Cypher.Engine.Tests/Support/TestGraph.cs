using Graph.Storage;
using Graph.Storage.Reading;
using Graph.Storage.Values;
using Graph.Storage.Writing;

namespace Graph.Cypher.Engine.Tests.Support;

/// <summary>
/// A small store in a temp folder (fsync off) built from nodes "n0".."nK" and typed
/// relationships; node ids equal their number because nodes are created in order.
/// </summary>
internal sealed class TestGraph : IDisposable
{
    private readonly TempDirectory _folder;
    private readonly GraphStore _store;

    private TestGraph(TempDirectory folder, GraphStore store, IGraphReader reader)
    {
        _folder = folder;
        _store = store;
        Reader = reader;
    }

    public IGraphReader Reader { get; }

    public static TestGraph Build(int nodeCount, IEnumerable<(int From, string Type, int To)> relationships, Func<int, string[]>? labels = null, Func<int, KeyValuePair<string, PropertyValue>[]>? properties = null)
    {
        var folder = new TempDirectory();
        var store = GraphStore.Open(folder.Path, new StoreOptions { Fsync = false, Indexes = [new IndexSpec("Person", "name")] });
        var batch = new GraphBatch();
        for (int n = 0; n < nodeCount; n++)
        {
            batch.UpsertNode("n" + n, labels?.Invoke(n) ?? [], properties?.Invoke(n) ?? []);
        }

        int index = 0;
        foreach ((int from, string type, int to) in relationships)
        {
            // A distinct discriminator per relationship keeps parallel relationships apart.
            batch.UpsertRelationship(type, "n" + from, "n" + to, (index++).ToString(System.Globalization.CultureInfo.InvariantCulture), []);
        }

        store.Commit(batch);
        IGraphReader reader = store.Publish();
        return new TestGraph(folder, store, reader);
    }

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }
}
