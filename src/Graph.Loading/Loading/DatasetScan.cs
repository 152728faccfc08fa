using Graph.Records.Dataset;
using Graph.Records.Issues;
using Graph.Records.Reading;
using Graph.Records.Rows;

namespace Graph.Loading.Loading;

/// <summary>One streaming pass over every file of a dataset, in load order, with progress and cancellation.</summary>
internal static class DatasetScan
{
    /// <summary>Calls <paramref name="onRow"/> for every valid row; returns the per-file reader counts.</summary>
    public static List<FileLoadSummary> Run(
        DatasetFolder folder,
        IRecordIssueSink issues,
        RecordReaderOptions readerOptions,
        ProgressTracker progress,
        Action<RecordRow> onRow,
        CancellationToken cancellationToken)
    {
        var files = new List<FileLoadSummary>(folder.Files.Count);
        foreach (var file in folder.Files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var reader = RecordFileReader.Open(file, issues, readerOptions);
            progress.StartFile(reader);
            foreach (var row in reader.ReadRows())
            {
                cancellationToken.ThrowIfCancellationRequested();
                onRow(row);
                progress.Row();
            }

            progress.EndFile(file.Length);
            var read = reader.RowsYielded + reader.RowsRejected;
            files.Add(new FileLoadSummary(file.Name, file.Kind, file.Length, read, reader.RowsYielded, reader.RowsRejected, reader.Warnings));
        }

        return files;
    }
}
