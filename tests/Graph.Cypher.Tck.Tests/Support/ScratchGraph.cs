using Graph.Cypher.Tck.Engine;
using Graph.Storage;
using Graph.Storage.Reading;
using Graph.Storage.Values;
using Graph.Storage.Writing;

namespace Graph.Cypher.Tck.Tests.Support;

/// <summary>
/// A tiny real store written through the storage API, so converter tests do not depend on the Cypher planner:
/// (:Person:Admin {name: 'Ann', born: 1970})-[:KNOWS {since: 2001}]->(:Person {name: 'Bob'}).
/// </summary>
public sealed class ScratchGraph : IDisposable
{
    private readonly string _parent = Path.Combine(Path.GetTempPath(), "graph-tck-tests-" + Guid.NewGuid().ToString("N"));
    private readonly ScratchStore _store;

    public ScratchGraph()
    {
        _store = ScratchStore.Create(_parent);
        var batch = new GraphBatch();
        batch.UpsertNode("ann", ["Person", "Admin"], [new("name", PropertyValue.From("Ann")), new("born", PropertyValue.From(1970L))]);
        batch.UpsertNode("bob", ["Person"], [new("name", PropertyValue.From("Bob"))]);
        batch.UpsertRelationship("KNOWS", "ann", "bob", "1", [new("since", PropertyValue.From(2001L))]);
        _store.Store.Commit(batch);
        _store.Store.Publish();
        Ann = Graph.FindNodeByKey("ann");
        Bob = Graph.FindNodeByKey("bob");
        Knows = Graph.RelationshipsOf(Ann, -1, Direction.Outgoing)[0];
    }

    public IGraphReader Graph => _store.Store.Snapshot;

    public int Ann { get; }

    public int Bob { get; }

    public int Knows { get; }

    public void Dispose()
    {
        _store.Dispose();
        ScratchStore.DeleteQuietly(_parent);
    }
}
