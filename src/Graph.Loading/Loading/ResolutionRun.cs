using Graph.Loading.Mapping;
using Graph.Loading.Resolution;
using Graph.Records.Dataset;
using Graph.Records.Reading;
using Graph.Records.Rows;

namespace Graph.Loading.Loading;

/// <summary>Resolution without a store: pass 1, then every reference resolved and handed to a sink.</summary>
internal static class ResolutionRun
{
    public static ResolutionSummary Run(
        DatasetFolder folder, IResolutionSink sink, ResolverOptions options, IProgress<LoadProgress>? progress, CancellationToken cancellationToken)
    {
        var tracker = new ProgressTracker(progress, LoadOptions.Default.ProgressEveryRows, () => 0);
        var bytes = folder.Files.Sum(f => f.Length);
        var resolver = new EntityResolver(options);
        tracker.StartPhase(LoadPhase.Resolve, bytes);
        IdentityPass.Run(folder, DiscardingIssueSink.Instance, RecordReaderOptions.Default, resolver, tracker, cancellationToken);

        tracker.StartPhase(LoadPhase.Write, bytes);
        var parties = new List<PartyRef>(4);
        DatasetScan.Run(folder, DiscardingIssueSink.Instance, RecordReaderOptions.Default, tracker, row =>
        {
            RecordMappers.For(row.Kind).CollectParties(row, parties);
            foreach (var party in parties)
            {
                var resolution = resolver.Resolve(party, row.Source);
                sink.Assign(new ResolutionAssignment(row.File, row.Line, party.Prefix, resolution.Key, resolution.Matched));
            }

            parties.Clear();
        }, cancellationToken);
        tracker.StartPhase(LoadPhase.Done, 0);
        return resolver.Summary;
    }
}
