using System.Runtime.CompilerServices;
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

    private readonly HybridCacheEntryOptions _memoryOnly = new()
    {
        Expiration = TimeSpan.FromMinutes(options.Cache.MinutesInMemory),
        LocalCacheExpiration = TimeSpan.FromMinutes(options.Cache.MinutesInMemory),
        Flags = HybridCacheEntryFlags.DisableDistributedCache,
    };

    // Without Redis such a value is not cached at all (nor serialized for nothing).
    private readonly HybridCacheEntryOptions _redisOnly = new()
    {
        Expiration = TimeSpan.FromMinutes(options.Cache.MinutesInRedis),
        Flags = string.IsNullOrWhiteSpace(options.Redis)
            ? HybridCacheEntryFlags.DisableLocalCacheWrite | HybridCacheEntryFlags.DisableDistributedCache
            : HybridCacheEntryFlags.DisableLocalCacheWrite,
    };

    /// <summary>
    /// The cached value, or the factory's (then cached). <paramref name="keepInMemory"/> false leaves the value out of
    /// the memory level, for a value its caller keeps itself (the analysis): it would only take the room of others.
    /// <paramref name="shareThroughRedis"/> false leaves it out of Redis, for a value that costs less to make than a
    /// Redis read that misses and a write.
    /// </summary>
    public async ValueTask<T> GetOrCreateAsync<T>(string key, Func<CancellationToken, ValueTask<T>> factory, CancellationToken cancellation, bool keepInMemory = true, bool shareThroughRedis = true)
    {
        metrics.CacheLookup();
        var computed = new StrongBox<T>();
        var state = (factory, metrics, computed);
        try
        {
            return await cache.GetOrCreateAsync(
                options.CacheNamespace + ":" + key,
                state,
                static async (s, ct) =>
                {
                    s.metrics.CacheMiss();
                    return s.computed.Value = await s.factory(ct).ConfigureAwait(false);
                },
                !keepInMemory ? _redisOnly : shareThroughRedis ? _entry : _memoryOnly,
                cancellationToken: cancellation).ConfigureAwait(false);
        }
        catch (CacheEntryTooLargeException)
        {
            // Too large to keep: the value is still the answer (computed here, or again when another request made it).
            return computed.Value is { } value ? value : await factory(cancellation).ConfigureAwait(false);
        }
    }

    /// <summary>Replaces a value; one too large to keep is simply not kept.</summary>
    public async ValueTask SetAsync<T>(string key, T value, CancellationToken cancellation, bool keepInMemory = true)
    {
        try
        {
            await cache.SetAsync(options.CacheNamespace + ":" + key, value, keepInMemory ? _entry : _redisOnly, cancellationToken: cancellation).ConfigureAwait(false);
        }
        catch (CacheEntryTooLargeException)
        {
            // Counted by the serializer; nothing else to do.
        }
    }
}
