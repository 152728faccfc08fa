using Graph.Storage;

namespace Graph.Cypher.Tck.Engine;

/// <summary>
/// A throwaway store in its own folder under a run-wide temp folder: no fsync (nothing here must survive a power cut),
/// and the folder is deleted when the store is disposed so a long TCK run does not fill the disk.
/// </summary>
public sealed class ScratchStore : IDisposable
{
    private static readonly StoreOptions Options = new() { Fsync = false };

    private ScratchStore(string folder, GraphStore store)
    {
        Folder = folder;
        Store = store;
    }

    public string Folder { get; }

    public GraphStore Store { get; }

    public static ScratchStore Create(string parent)
    {
        var folder = Path.Combine(parent, Guid.NewGuid().ToString("N"));
        return new ScratchStore(folder, GraphStore.Open(folder, Options));
    }

    public void Dispose()
    {
        Store.Dispose();
        DeleteQuietly(Folder);
    }

    /// <summary>Best effort: a folder that cannot be deleted now (a file still open on some platform) is left for the OS's temp cleanup.</summary>
    public static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
        }
    }
}
