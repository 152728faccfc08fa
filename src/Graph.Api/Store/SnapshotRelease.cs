using System.Runtime;

namespace Graph.Api.Store;

/// <summary>
/// Gives back the memory of a snapshot that was replaced. A reload opens the new snapshot while the old one still
/// serves (the two are briefly in memory together: the price of never pausing the service); once requests that took
/// the old one have had time to finish, one full, compacting collection returns its memory instead of leaving it to
/// whenever the next full collection happens to run.
/// </summary>
public static class SnapshotRelease
{
    public static Task AfterAsync(TimeSpan grace, CancellationToken cancellation = default) =>
        Task.Run(
            async () =>
            {
                await Task.Delay(grace, cancellation).ConfigureAwait(false);
                GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            },
            cancellation);
}
