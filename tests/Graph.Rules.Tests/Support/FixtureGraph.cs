using Graph.Cypher.Engine;
using Graph.Cypher.Engine.Execution;
using Graph.Storage;
using Graph.Storage.Reading;

namespace Graph.Rules.Tests.Support;

/// <summary>A throwaway store built from Cypher statements (CREATE ...), with the model's indexes, that rules then read.</summary>
public sealed class FixtureGraph : IDisposable
{
    private readonly TempDirectory _folder = new();
    private readonly GraphStore _store;

    public FixtureGraph(IEnumerable<string> statements)
    {
        _store = GraphStore.Open(_folder.Path, StoreOptions.Default with { Fsync = false });
        var engine = new CypherEngine(_store);
        foreach (var statement in statements)
        {
            var result = engine.Execute(statement);
            if (result.Error is { } error)
            {
                throw new InvalidOperationException($"fixture statement failed: {error}\n{statement}");
            }
        }
    }

    public IGraphReader Snapshot => _store.Snapshot;

    public QueryResult Query(string text) => new CypherEngine(_store.Snapshot).Execute(text);

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }
}
