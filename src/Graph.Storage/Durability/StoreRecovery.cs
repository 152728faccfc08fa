using Graph.Storage.Snapshots;
using Graph.Storage.State;

namespace Graph.Storage.Durability;

/// <summary>Rebuilds the state a manifest describes: its checkpoint, then every complete frame of its log.</summary>
internal static class StoreRecovery
{
    /// <summary>
    /// The state, plus the checkpoint's snapshot structure when it still describes that state
    /// (nothing replayed after it, same indexes), so the first publish can reuse it.
    /// </summary>
    public static GraphState Load(string directory, Manifest manifest, IReadOnlyList<IndexSpec> indexes, out SnapshotStructure? structure, out long validLogLength)
    {
        structure = null;
        GraphState state = manifest.CheckpointFile is null
            ? new GraphState()
            : CheckpointReader.Read(System.IO.Path.Combine(directory, manifest.CheckpointFile), out structure);
        int replayed = 0;
        validLogLength = LogReader.ReadAll(System.IO.Path.Combine(directory, manifest.LogFile), entry =>
        {
            Replay(state, entry);
            replayed++;
        });
        if (replayed > 0 || (structure is not null && !structure.IndexSpecs.AsSpan().SequenceEqual([.. indexes])))
        {
            structure = null;
        }

        return state;
    }

    private static void Replay(GraphState state, LogEntry entry)
    {
        for (int i = 0; i < entry.Meta.Count; i++)
        {
            state.Meta[entry.Meta[i].Key] = entry.Meta[i].Value;
        }

        state.Apply(entry.Mutations);
        state.Version = entry.Version;
    }

    /// <summary>Removes leftovers of an interrupted checkpoint: files the manifest does not name.</summary>
    public static void RemoveStrayFiles(string directory, Manifest manifest)
    {
        foreach (string file in Directory.EnumerateFiles(directory))
        {
            string name = System.IO.Path.GetFileName(file);
            bool ours = name.StartsWith("wal-", StringComparison.Ordinal) || name.StartsWith("checkpoint-", StringComparison.Ordinal)
                || name.EndsWith(".tmp", StringComparison.Ordinal);
            if (ours && name != manifest.LogFile && name != manifest.CheckpointFile)
            {
                File.Delete(file);
            }
        }
    }
}
