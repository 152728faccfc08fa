using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;

namespace Graph.Storage.Columns;

/// <summary>
/// A checkpoint mapped read-only, so that the sections the store only ever reads (encoded strings, property records)
/// are used where the page cache already holds them: opening a store neither zeroes fresh memory for them nor copies
/// them (most of an open's time was the kernel doing both). A checkpoint is never changed once written — the next one
/// is written under a new name and renamed into place — so the mapping stays valid, and on Unix a deleted checkpoint
/// stays readable while mapped. The mapping is released when the last chunk that points into it has been collected:
/// chunks keep this object, and it keeps the view, whose handle unmaps when finalized.
/// </summary>
internal sealed unsafe partial class MappedFile
{
    private const int WillNeed = 3;
    private const int PageSize = 4096;

    // Held, not read: while chunks hold this object, these keep the file mapped (the view's handle unmaps when finalized).
    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _start;

    private MappedFile(MemoryMappedFile file, MemoryMappedViewAccessor view, byte* start, long length)
    {
        _file = file;
        _view = view;
        _start = start;
        Length = length;
    }

    public long Length { get; }

    /// <summary>The file mapped, or null where a mapping would get in the way: Windows cannot delete a mapped file,
    /// and the previous checkpoint is deleted while snapshots of it may still be read.</summary>
    public static MappedFile? TryOpen(string path)
    {
        long length = new FileInfo(path).Length;
        if (OperatingSystem.IsWindows() || length == 0)
        {
            return null;
        }

        var file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        try
        {
            var view = file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
            byte* start = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);

            // The pointer stays valid for as long as the view is reachable (this object holds it); holding the handle's
            // reference count up as well would only stop the finalizer from ever unmapping it.
            view.SafeMemoryMappedViewHandle.ReleasePointer();
            return new MappedFile(file, view, start + view.PointerOffset, length);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Where <paramref name="length"/> bytes at <paramref name="offset"/> of the file are mapped. Where the page cache
    /// does not hold them yet they are read ahead in large sequential reads, not a fault at a time as queries happen to
    /// touch them; for pages the cache holds the advice costs next to nothing, and failing it is harmless.
    /// </summary>
    public byte* At(long offset, long length)
    {
        if (offset < 0 || length < 0 || offset > Length - length)
        {
            throw new StoreException("STORE_CORRUPT", "A section of the checkpoint runs past the end of the file.");
        }

        byte* at = _start + offset;
        nuint first = (nuint)at & ~(nuint)(PageSize - 1);
        _ = Advise(first, (nuint)(at + length) - first, WillNeed);
        return at;
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Advise(nuint address, nuint length, int advice);
}
