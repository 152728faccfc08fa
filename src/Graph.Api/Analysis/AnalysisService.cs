using Graph.Api.Caching;
using Graph.Api.Store;
using Microsoft.Extensions.Logging;

namespace Graph.Api.Analysis;

/// <summary>
/// Keeps the rules' hits and the rings for the newest snapshot. An analysis is identified by the snapshot tag and
/// the rule files' hash and shared through the cache, so of several instances only one runs the rules per version.
/// While a newer one is computed, requests keep getting the last finished one (consistent, if a load behind);
/// only when there is none yet do they wait.
/// </summary>
public sealed partial class AnalysisService : IDisposable
{
    private readonly IGraphSource _source;
    private readonly RuleCatalogSource _rules;
    private readonly IAnalysisRunner _runner;
    private readonly ApiCache _cache;
    private readonly ILogger<AnalysisService> _log;
    private readonly SemaphoreSlim _running = new(1, 1);
    private readonly Lock _gate = new();
    private volatile AnalysisResult? _latest;
    private Task<AnalysisResult>? _pending;
    private string? _pendingKey;

    public AnalysisService(IGraphSource source, RuleCatalogSource rules, IAnalysisRunner runner, ApiCache cache, ILogger<AnalysisService> log)
    {
        _source = source;
        _rules = rules;
        _runner = runner;
        _cache = cache;
        _log = log;
        source.Changed += (_, snapshot) => _ = Refresh(snapshot);
    }

    public RuleCatalogSource Rules => _rules;

    public AnalysisResult? Latest => _latest;

    /// <summary>The newest finished analysis, starting one for the current snapshot when it is missing or older.</summary>
    public async Task<AnalysisResult> GetAsync(CancellationToken cancellation)
    {
        var snapshot = _source.Current;
        var latest = _latest;
        var (_, hash) = _rules.Current;
        if (latest is not null && latest.CacheKey == AnalysisResult.AnalysisKey(snapshot.CacheTag, hash))
        {
            return latest;
        }

        var refresh = Refresh(snapshot);
        return latest ?? await refresh.WaitAsync(cancellation).ConfigureAwait(false);
    }

    /// <summary>Starts (or joins) the analysis of a snapshot.</summary>
    public Task<AnalysisResult> Refresh(GraphSnapshot snapshot)
    {
        var (catalog, hash) = _rules.Current;
        var key = AnalysisResult.AnalysisKey(snapshot.CacheTag, hash);
        lock (_gate)
        {
            if (_pendingKey == key && _pending is not null)
            {
                return _pending;
            }

            _pendingKey = key;
            _pending = Task.Run(async () =>
            {
                // Not the caller's token: others may be waiting for the same result.
                var result = await _cache.GetOrCreateAsync(
                    "analysis:" + key,
                    _ => ValueTask.FromResult(RunLogged(snapshot, catalog, hash, null)),
                    CancellationToken.None,
                    keepInMemory: false).ConfigureAwait(false);
                Publish(result);
                return result;
            });
            return _pending;
        }
    }

    /// <summary>Reads the rule files again and runs the given rules (all when empty) on the current snapshot now.</summary>
    public async Task<AnalysisResult> RunRulesAsync(IReadOnlyCollection<string>? ruleIds, CancellationToken cancellation)
    {
        await _running.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            var snapshot = _source.Current;
            var (catalog, hash) = _rules.Reload();
            var previous = _latest;
            var result = await Task.Run(() => RunLogged(snapshot, catalog, hash, ruleIds, previous), CancellationToken.None).ConfigureAwait(false);
            await _cache.SetAsync("analysis:" + result.CacheKey, result, CancellationToken.None, keepInMemory: false).ConfigureAwait(false);
            Publish(result);
            return result;
        }
        finally
        {
            _running.Release();
        }
    }

    private AnalysisResult RunLogged(GraphSnapshot snapshot, Graph.Rules.RuleCatalog catalog, string hash, IReadOnlyCollection<string>? ruleIds, AnalysisResult? previous = null)
    {
        LogStarted(_log, snapshot.Version, catalog.Rules.Count);
        var result = _runner.Run(snapshot, catalog, hash, ruleIds, previous, CancellationToken.None);
        LogFinished(_log, snapshot.Version, result.Hits.Count, result.Rings.Count, result.Milliseconds);
        return result;
    }

    private void Publish(AnalysisResult result)
    {
        lock (_gate)
        {
            if (_latest is null || result.Version >= _latest.Version)
            {
                _latest = result;
            }
        }
    }

    public void Dispose() => _running.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Running {Rules} rules on store version {Version}")]
    private static partial void LogStarted(ILogger logger, long version, int rules);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rules on version {Version}: {Hits} hits, {Rings} rings in {Milliseconds} ms")]
    private static partial void LogFinished(ILogger logger, long version, int hits, int rings, double milliseconds);
}
