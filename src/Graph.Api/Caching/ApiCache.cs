using Graph.Api.Configuration;
using Graph.Api.Metrics;
using Microsoft.Extensions.Caching.Hybrid;

namespace Graph.Api.Caching;

/// <summary>
/// HybridCache (memory, then Redis when configured) behind the keys the API uses: every key starts with the
/// configured namespace, and callers put the snapshot tag (graph version) in it, so a load makes old entries
/// unreachable instead of having to delete them, and instances serving the same store share entries safely.
/// Counts lookups and misses (the factory ran) for /metrics.
/// </summary>
public sealed class ApiCache(HybridCache cache, ApiOptions options, ApiMetrics metrics)
{
    private readonly HybridCacheEntryOptions _entry = new()
    {
        Expiration = TimeSpan.FromMinutes(options.Cache.MinutesInRedis),
        LocalCacheExpiration = TimeSpan.FromMinutes(options.Cache.MinutesInMemory),
    };

    public async ValueTask<T> GetOrCreateAsync<T>(string key, Func<CancellationToken, ValueTask<T>> factory, CancellationToken cancellation)
    {
        metrics.CacheLookup();
        var state = (factory, metrics);
        return await cache.GetOrCreateAsync(
            options.CacheNamespace + ":" + key,
            state,
            static async (s, ct) =>
            {
                s.metrics.CacheMiss();
                return await s.factory(ct).ConfigureAwait(false);
            },
            _entry,
            cancellationToken: cancellation).ConfigureAwait(false);
    }

    public ValueTask SetAsync<T>(string key, T value, CancellationToken cancellation) =>
        cache.SetAsync(options.CacheNamespace + ":" + key, value, _entry, cancellationToken: cancellation);
}
