using Graph.Storage.Columns;
using Graph.Storage.Durability;
using Graph.Storage.Reading;
using Graph.Storage.Snapshots;
using Graph.Storage.State;

namespace Graph.Storage;

/// <summary>
/// The embedded store: a write-ahead log of key-addressed batches, a binary checkpoint, and
/// immutable CSR snapshots for readers. One writer per folder (lock file), any number of readers.
/// </summary>
public sealed partial class GraphStore : IGraphStore
{
    private readonly StoreOptions _options;
    private readonly WriterLock _writerLock;
    private readonly Lock _gate = new();
    private readonly BatchValidator _validator = new();
    private readonly ByteWriter _frame = new(64 * 1024);
    private readonly List<KeyValuePair<string, string>> _pendingMeta = [];
    private readonly GraphState _state;
    private Manifest _manifest;
    private LogWriter _log;
    private volatile GraphSnapshot _snapshot;
    private bool _failed;
    private bool _disposed;

    private GraphStore(string path, StoreOptions options, WriterLock writerLock, Manifest manifest, GraphState state, SnapshotStructure? structure, LogWriter log)
    {
        Path = path;
        _options = options;
        _writerLock = writerLock;
        _manifest = manifest;
        _state = state;
        _log = log;
        _snapshot = SnapshotBuilder.Build(state, options.Indexes, structure);
    }

    public string Path { get; }

    public IGraphReader Snapshot => _snapshot;

    /// <summary>Opens (creating if missing) the store for writing; recovers committed batches and publishes them.</summary>
    public static GraphStore Open(string path, StoreOptions options)
    {
        string directory = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(directory);
        WriterLock writerLock = WriterLock.Acquire(directory);
        try
        {
            Manifest? manifest = Manifest.TryRead(directory);
            if (manifest is null)
            {
                manifest = Manifest.Initial;
                manifest.Write(directory, options.Fsync);
            }

            StoreRecovery.RemoveStrayFiles(directory, manifest);
            GraphState state = StoreRecovery.Load(directory, manifest, options.Indexes, out SnapshotStructure? structure, out long validLogLength);
            var log = new LogWriter(System.IO.Path.Combine(directory, manifest.LogFile), validLogLength, options.Fsync);
            return new GraphStore(directory, options, writerLock, manifest, state, structure, log);
        }
        catch
        {
            writerLock.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A snapshot of everything committed so far, without taking the writer lock (a writer may be
    /// loading in another process); a torn tail frame is ignored, not cut.
    /// </summary>
    public static IGraphReader OpenReadOnly(string path, StoreOptions options)
    {
        string directory = System.IO.Path.GetFullPath(path);
        if (!Directory.Exists(directory))
        {
            throw new StoreException("STORE_NOT_FOUND", $"There is no store at {directory}.");
        }

        for (int attempt = 0; ; attempt++)
        {
            Manifest manifest = Manifest.TryRead(directory) ?? Manifest.Initial;
            try
            {
                GraphState state = StoreRecovery.Load(directory, manifest, options.Indexes, out SnapshotStructure? structure, out _);
                if (manifest == (Manifest.TryRead(directory) ?? Manifest.Initial))
                {
                    return SnapshotBuilder.Build(state, options.Indexes, structure);
                }
            }
            catch (FileNotFoundException) when (attempt < 10)
            {
                // A concurrent checkpoint replaced the files between reading the manifest and opening them.
            }

            if (attempt >= 10)
            {
                throw new StoreException("STORE_BUSY", $"The store at {directory} kept changing while being opened.");
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            try
            {
                if (_pendingMeta.Count > 0 && !_failed)
                {
                    Commit(new Writing.GraphBatch());
                }
            }
            finally
            {
                _disposed = true;
                _log.Dispose();
                _writerLock.Dispose();
            }
        }
    }
}
