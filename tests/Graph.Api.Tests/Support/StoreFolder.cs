using Graph.Storage;
using Graph.Storage.Writing;

namespace Graph.Api.Tests.Support;

/// <summary>Copies of the shared test store that a test may change, as a `graph load` would, while a server reads them.</summary>
public static class StoreFolder
{
    public static string Copy(TestStore store)
    {
        var copy = Path.Combine(store.Root, "copy-" + Guid.NewGuid().ToString("N")[..6]);
        CopyDirectory(store.StorePath, copy);
        return copy;
    }

    /// <summary>Commits one batch and checkpoints, so a polling server sees a finished load.</summary>
    public static void Write(string storePath, Action<GraphBatch> build)
    {
        using var store = GraphStore.Open(storePath, StoreOptions.Default with { Fsync = false });
        var batch = new GraphBatch();
        build(batch);
        store.Commit(batch);
        store.Checkpoint();
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(from))
        {
            CopyDirectory(directory, Path.Combine(to, Path.GetFileName(directory)));
        }
    }
}
