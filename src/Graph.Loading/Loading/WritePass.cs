using Graph.Loading.Mapping;
using Graph.Records.Dataset;
using Graph.Storage;
using Graph.Storage.Writing;

namespace Graph.Loading.Loading;

/// <summary>
/// Pass 2: maps every row into batches of <see cref="LoadOptions.BatchRows"/> rows and commits each
/// (atomic: after a crash the store holds a batch entirely or not at all). A batch is committed in
/// the background while the next one is mapped; commits stay one at a time and in order. A failed
/// commit stops the load with the store's <see cref="StoreException"/>; every earlier batch stays.
/// </summary>
internal static class WritePass
{
    public static long Run(
        DatasetFolder folder,
        IGraphStore store,
        MappingContext context,
        LoadOptions options,
        ProgressTracker progress,
        CancellationToken cancellationToken)
    {
        long batches = 0;
        var rowsInBatch = 0;
        Task? inFlight = null;
        try
        {
            DatasetScan.Run(folder, DiscardingIssueSink.Instance, options.Reader, progress, row =>
            {
                RecordMappers.For(row.Kind).Map(row, context);
                if (++rowsInBatch >= options.BatchRows)
                {
                    inFlight = CommitInBackground(store, context, inFlight);
                    batches++;
                    rowsInBatch = 0;
                }
            }, cancellationToken);
        }
        catch
        {
            // The caller may dispose the store once we return: let the batch in flight land first.
            WaitQuietly(inFlight);
            throw;
        }

        inFlight?.GetAwaiter().GetResult();
        if (context.Batch.Count > 0)
        {
            store.Commit(context.Batch);
            context.Batch = new GraphBatch();
            batches++;
        }

        return batches;
    }

    private static Task CommitInBackground(IGraphStore store, MappingContext context, Task? previous)
    {
        var batch = context.Batch;
        context.Batch = new GraphBatch();
        previous?.GetAwaiter().GetResult();
        return Task.Run(() => store.Commit(batch));
    }

    private static void WaitQuietly(Task? task)
    {
        try
        {
            task?.GetAwaiter().GetResult();
        }
        catch (StoreException)
        {
            // Already failing for another reason; that one is the error to report.
        }
    }
}
