using Graph.Loading.Mapping;
using Graph.Loading.Resolution;
using Graph.Records.Dataset;
using Graph.Records.Issues;
using Graph.Records.Reading;
using Graph.Records.Rows;

namespace Graph.Loading.Loading;

/// <summary>Pass 1: every row's party references go to the resolver as evidence; bad rows are reported here, once.</summary>
internal static class IdentityPass
{
    public static List<FileLoadSummary> Run(
        DatasetFolder folder,
        IRecordIssueSink issues,
        RecordReaderOptions readerOptions,
        EntityResolver resolver,
        ProgressTracker progress,
        CancellationToken cancellationToken)
    {
        var parties = new List<PartyRef>(4);
        var files = DatasetScan.Run(folder, issues, readerOptions, progress, row =>
        {
            RecordMappers.For(row.Kind).CollectParties(row, parties);
            foreach (var party in parties)
            {
                resolver.Observe(party);
            }

            parties.Clear();
        }, cancellationToken);
        resolver.Seal();
        return files;
    }
}
