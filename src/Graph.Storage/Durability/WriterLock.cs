namespace Graph.Storage.Durability;

/// <summary>
/// An exclusive lock file held while a writer has the store open. The OS releases it when the
/// process dies, even by kill -9, so a crash never leaves the store locked.
/// </summary>
internal sealed class WriterLock : IDisposable
{
    private const string FileName = "LOCK";
    private readonly FileStream _stream;

    private WriterLock(FileStream stream) => _stream = stream;

    public static WriterLock Acquire(string directory)
    {
        string path = System.IO.Path.Combine(directory, FileName);
        try
        {
            return new WriterLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException error)
        {
            throw new StoreException("STORE_LOCKED", $"The store at {directory} is open for writing by another process (lock file {path}).", error);
        }
    }

    public void Dispose() => _stream.Dispose();
}
