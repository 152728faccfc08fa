using Graph.Storage.Durability;
using Graph.Storage.Snapshots;

namespace Graph.Storage;

public sealed partial class GraphStore
{
    /// <summary>
    /// Writes checkpoint g+1 and an empty log g+1, switches the manifest to them atomically, then
    /// deletes generation g. A crash at any point leaves one complete generation named by the manifest.
    /// The checkpoint carries the adjacency and indexes of a snapshot of exactly its state, so this
    /// also publishes (reusing the last snapshot when nothing was committed since).
    /// </summary>
    public void Checkpoint()
    {
        lock (_gate)
        {
            ThrowIfUnusable();
            int generation = _manifest.Generation + 1;
            var next = new Manifest(generation, Manifest.CheckpointName(generation), Manifest.LogName(generation));
            string checkpointPath = System.IO.Path.Combine(Path, next.CheckpointFile!);
            string temporary = checkpointPath + ".tmp";
            string logPath = System.IO.Path.Combine(Path, next.LogFile);
            LogWriter? log = null;
            GraphSnapshot snapshot = _snapshot.Version == _state.Version ? _snapshot : SnapshotBuilder.Build(_state, _options.Indexes);
            _snapshot = snapshot;
            try
            {
                CheckpointWriter.Write(temporary, _state, snapshot.Structure, _options.Fsync);
                File.Move(temporary, checkpointPath, overwrite: true);
                log = new LogWriter(logPath, 0, _options.Fsync);
                next.Write(Path, _options.Fsync);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                log?.Dispose();
                TryDelete(temporary);
                TryDelete(checkpointPath);
                TryDelete(logPath);
                throw new StoreException("STORE_IO", "Writing the checkpoint failed; the store continues on its previous checkpoint and log.", error);
            }

            Manifest previous = _manifest;
            _log.Dispose();
            _log = log;
            _manifest = next;
            _pendingMeta.Clear();
            TryDelete(System.IO.Path.Combine(Path, previous.LogFile));
            if (previous.CheckpointFile is not null)
            {
                TryDelete(System.IO.Path.Combine(Path, previous.CheckpointFile));
            }
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // A leftover is harmless: the next open removes files the manifest does not name.
        }
    }
}
