using System.Diagnostics;
using Graph.Loading.Mapping;
using Graph.Loading.Resolution;
using Graph.Records.Dataset;
using Graph.Records.Issues;
using Graph.Storage;

namespace Graph.Loading.Loading;

/// <summary>
/// Loads a dataset folder into a store: discover the files, pass 1 (identity evidence, rejects),
/// pass 2 (map and commit batches), publish, keep the summary in the store's metadata, checkpoint.
/// Memory stays flat in file size: rows stream, and only resolution evidence (per distinct identity) is kept.
/// </summary>
public sealed class DatasetLoader
{
    private readonly IGraphStore _store;
    private readonly LoadOptions _options;

    public DatasetLoader(IGraphStore store, LoadOptions? options = null)
    {
        _store = store;
        _options = options ?? LoadOptions.Default;
    }

    public LoadSummary Load(string datasetDirectory, IProgress<LoadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var folder = Discover(datasetDirectory);
        var rejectsPath = _options.RejectsPath ?? RejectsFiles.DefaultPath(_store.Path, startedAt);
        using var rejects = RejectsFiles.Open(rejectsPath);
        var issues = new CountingIssueSink(rejects);
        folder.ReportIssues(issues);
        var before = _store.Snapshot;
        var tracker = new ProgressTracker(progress, _options.ProgressEveryRows, () => issues.Errors);
        var bytes = folder.Files.Sum(f => f.Length);

        var resolver = new EntityResolver(_options.Resolver);
        tracker.StartPhase(LoadPhase.Resolve, bytes);
        var files = IdentityPass.Run(folder, issues, _options.Reader, resolver, tracker, cancellationToken);

        tracker.StartPhase(LoadPhase.Write, bytes);
        var context = new MappingContext(resolver, _options.ResolutionSink);
        var batches = WritePass.Run(folder, _store, context, _options, tracker, cancellationToken);

        tracker.StartPhase(LoadPhase.Publish, 0);
        var after = _store.Publish();
        rejects.Flush();
        var summary = new LoadSummary(
            folder.Directory, startedAt, clock.Elapsed, files,
            before.NodeCount, after.NodeCount, before.RelationshipCount, after.RelationshipCount, batches,
            resolver.Summary, rejectsPath, issues.Errors, issues.Warnings,
            issues.ByCode().ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
        _store.SetMeta(LoadSummary.MetaKey, summary.ToJson());
        _store.Checkpoint();
        tracker.StartPhase(LoadPhase.Done, 0);
        return summary;
    }

    /// <summary>
    /// Both resolution passes without writing anything: every reference's assignment goes to
    /// <paramref name="sink"/> (for <see cref="Evaluation.EntityResolutionEvaluator"/>). Row issues are not reported.
    /// </summary>
    public static ResolutionSummary ResolveOnly(
        string datasetDirectory,
        IResolutionSink sink,
        ResolverOptions? options = null,
        IProgress<LoadProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        ResolutionRun.Run(Discover(datasetDirectory), sink, options ?? ResolverOptions.Default, progress, cancellationToken);

    private static DatasetFolder Discover(string datasetDirectory)
    {
        try
        {
            return DatasetFolder.Discover(datasetDirectory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new LoadException(LoadErrorCodes.DatasetNotFound, $"dataset folder '{datasetDirectory}' cannot be read: {ex.Message}", ex);
        }
    }
}
