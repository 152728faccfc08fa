using Graph.Cypher.Engine;
using Graph.Storage;

namespace Graph.Cli.Query;

/// <summary>
/// The store and the engine over it for one `graph cypher` run. Opened for writing unless asked for read-only; when
/// another process holds the writer lock (a load is running), it falls back to a read-only snapshot and says so.
/// </summary>
public sealed class CypherSession : IDisposable
{
    private const string LockedCode = "STORE_LOCKED";
    private readonly GraphStore? _store;

    private CypherSession(GraphStore? store, CypherEngine engine)
    {
        _store = store;
        Engine = engine;
    }

    public CypherEngine Engine { get; }

    public bool ReadOnly => _store is null;

    /// <summary>Throws <see cref="StoreException"/> when the store cannot be opened at all.</summary>
    public static CypherSession Open(string path, bool readOnly, TextWriter notes)
    {
        if (readOnly)
        {
            return new CypherSession(null, new CypherEngine(GraphStore.OpenReadOnly(path, StoreOptions.Default)));
        }

        try
        {
            var store = GraphStore.Open(path, StoreOptions.Default);
            return new CypherSession(store, new CypherEngine(store));
        }
        catch (StoreException error) when (error.Code == LockedCode)
        {
            notes.WriteLine($"graph: note: the store at {path} is open for writing by another process; querying its last committed state read-only.");
            return new CypherSession(null, new CypherEngine(GraphStore.OpenReadOnly(path, StoreOptions.Default)));
        }
    }

    public void Dispose() => _store?.Dispose();
}
