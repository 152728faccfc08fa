using Graph.Algorithms.Procedures;
using Graph.Cypher.Engine;
using Graph.Cypher.Engine.Execution;
using Graph.Storage;
using Graph.Storage.Reading;

namespace Graph.Algorithms.Tests.Support;

/// <summary>A store in a fresh temp folder (fsync off), filled by Cypher, with the graph.* procedures registered.</summary>
public sealed class StoreGraph : IDisposable
{
    private readonly string _folder;
    private readonly GraphStore _store;

    public StoreGraph(params string[] setup)
    {
        _folder = Path.Combine(Path.GetTempPath(), "graph-algorithms-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _store = GraphStore.Open(_folder, StoreOptions.Default with { Fsync = false });
        Engine = new CypherEngine(_store);
        AlgorithmProcedures.Register(Engine.Procedures);
        foreach (string statement in setup)
        {
            Run(statement);
        }
    }

    public CypherEngine Engine { get; }

    public IGraphReader Reader => _store.Snapshot;

    /// <summary>Runs a query and fails the test with the engine's message when it does not succeed.</summary>
    public QueryResult Run(string query)
    {
        QueryResult result = Engine.Execute(query);
        Assert.True(result.Succeeded, $"{query}: {result.Error?.Code} {result.Error?.Message}");
        return result;
    }

    public void Dispose()
    {
        _store.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The temp folder is cleaned eventually.
        }
    }
}
