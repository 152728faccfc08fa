using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Graph.Api.Metrics;

/// <summary>
/// The service's counters in Prometheus' text format (/metrics): requests by status and operation kind, a latency
/// histogram, cache lookups and misses (so the hit ratio is one division away), second-level (Redis) hits, timeouts,
/// rejections by the rate limiter, and the batch loads the per-request loaders made. Plain atomic counters: cheap
/// enough to update on every request.
/// </summary>
public sealed class ApiMetrics
{
    private static readonly double[] Buckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

    private readonly ConcurrentDictionary<(int Status, string Operation), long> _requests = new();
    private readonly long[] _bucketCounts = new long[Buckets.Length + 1];
    private long _durationMicros;
    private long _durationCount;
    private long _cacheLookups;
    private long _cacheMisses;
    private long _secondLevelHits;
    private long _secondLevelMisses;
    private long _timeouts;
    private long _rateLimited;
    private long _batchLoads;
    private long _tooLarge;
    private Func<(long Bytes, long Entries)>? _memoryLevel;

    public void Request(int status, string operation, TimeSpan duration)
    {
        _requests.AddOrUpdate((status, operation), 1, static (_, n) => n + 1);
        var seconds = duration.TotalSeconds;
        var bucket = 0;
        while (bucket < Buckets.Length && seconds > Buckets[bucket])
        {
            bucket++;
        }

        Interlocked.Increment(ref _bucketCounts[bucket]);
        Interlocked.Add(ref _durationMicros, (long)(seconds * 1_000_000));
        Interlocked.Increment(ref _durationCount);
    }

    public void CacheLookup() => Interlocked.Increment(ref _cacheLookups);

    public void CacheMiss() => Interlocked.Increment(ref _cacheMisses);

    public void SecondLevelLookup(bool hit) => Interlocked.Increment(ref hit ? ref _secondLevelHits : ref _secondLevelMisses);

    public void Timeout() => Interlocked.Increment(ref _timeouts);

    public void RateLimited() => Interlocked.Increment(ref _rateLimited);

    public void BatchLoad() => Interlocked.Increment(ref _batchLoads);

    /// <summary>A value over the per-entry size limit was computed but not cached.</summary>
    public void CacheEntryTooLarge() => Interlocked.Increment(ref _tooLarge);

    /// <summary>Where the size of the in-memory cache level is read from (set once the cache exists).</summary>
    public void ObserveMemoryLevel(Func<(long Bytes, long Entries)> read) => _memoryLevel = read;

    public long CacheLookups => Interlocked.Read(ref _cacheLookups);

    public long CacheMisses => Interlocked.Read(ref _cacheMisses);

    public long Timeouts => Interlocked.Read(ref _timeouts);

    public long CacheEntriesTooLarge => Interlocked.Read(ref _tooLarge);

    public string ToPrometheusText()
    {
        var text = new StringBuilder();
        void Line(string format, params object[] args) => text.Append(string.Format(CultureInfo.InvariantCulture, format, args)).Append('\n');

        Line("# HELP graph_api_requests_total GraphQL HTTP requests by status code and operation type.");
        Line("# TYPE graph_api_requests_total counter");
        foreach (var ((status, operation), count) in _requests.OrderBy(p => p.Key.Status).ThenBy(p => p.Key.Operation, StringComparer.Ordinal))
        {
            Line("graph_api_requests_total{{status=\"{0}\",operation=\"{1}\"}} {2}", status, operation, count);
        }

        Line("# HELP graph_api_request_duration_seconds Time from request to response.");
        Line("# TYPE graph_api_request_duration_seconds histogram");
        long cumulative = 0;
        for (var i = 0; i < Buckets.Length; i++)
        {
            cumulative += Interlocked.Read(ref _bucketCounts[i]);
            Line("graph_api_request_duration_seconds_bucket{{le=\"{0}\"}} {1}", Buckets[i], cumulative);
        }

        cumulative += Interlocked.Read(ref _bucketCounts[Buckets.Length]);
        Line("graph_api_request_duration_seconds_bucket{{le=\"+Inf\"}} {0}", cumulative);
        Line("graph_api_request_duration_seconds_sum {0}", Interlocked.Read(ref _durationMicros) / 1_000_000.0);
        Line("graph_api_request_duration_seconds_count {0}", Interlocked.Read(ref _durationCount));

        var lookups = CacheLookups;
        var misses = CacheMisses;
        Line("# HELP graph_api_cache_lookups_total Cache lookups (memory, then Redis when configured).");
        Line("# TYPE graph_api_cache_lookups_total counter");
        Line("graph_api_cache_lookups_total {0}", lookups);
        Line("# HELP graph_api_cache_misses_total Lookups that had to compute the value.");
        Line("# TYPE graph_api_cache_misses_total counter");
        Line("graph_api_cache_misses_total {0}", misses);
        Line("# HELP graph_api_cache_hit_ratio Share of lookups answered from a cache since start.");
        Line("# TYPE graph_api_cache_hit_ratio gauge");
        Line("graph_api_cache_hit_ratio {0}", lookups == 0 ? 0 : Math.Round((lookups - misses) / (double)lookups, 4));
        Line("# HELP graph_api_cache_too_large_total Values not cached because they were over Api:Cache:MaxEntryBytes.");
        Line("# TYPE graph_api_cache_too_large_total counter");
        Line("graph_api_cache_too_large_total {0}", CacheEntriesTooLarge);
        if (_memoryLevel?.Invoke() is var (bytes, entries))
        {
            Line("# HELP graph_api_cache_memory_bytes Size of the in-memory cache level (serialized bytes; bounded by Api:Cache:MaxMemoryBytes).");
            Line("# TYPE graph_api_cache_memory_bytes gauge");
            Line("graph_api_cache_memory_bytes {0}", bytes);
            Line("# HELP graph_api_cache_memory_entries Entries in the in-memory cache level.");
            Line("# TYPE graph_api_cache_memory_entries gauge");
            Line("graph_api_cache_memory_entries {0}", entries);
        }

        Line("# HELP graph_api_redis_lookups_total Second-level (Redis) lookups by result.");
        Line("# TYPE graph_api_redis_lookups_total counter");
        Line("graph_api_redis_lookups_total{{result=\"hit\"}} {0}", Interlocked.Read(ref _secondLevelHits));
        Line("graph_api_redis_lookups_total{{result=\"miss\"}} {0}", Interlocked.Read(ref _secondLevelMisses));
        Line("# HELP graph_api_timeouts_total Requests stopped by the per-request timeout.");
        Line("# TYPE graph_api_timeouts_total counter");
        Line("graph_api_timeouts_total {0}", Timeouts);
        Line("# HELP graph_api_rate_limited_total Requests refused by the per-key rate limit.");
        Line("# TYPE graph_api_rate_limited_total counter");
        Line("graph_api_rate_limited_total {0}", Interlocked.Read(ref _rateLimited));
        Line("# HELP graph_api_batch_loads_total Store batch reads made by the per-request loaders.");
        Line("# TYPE graph_api_batch_loads_total counter");
        Line("graph_api_batch_loads_total {0}", Interlocked.Read(ref _batchLoads));
        return text.ToString();
    }
}
