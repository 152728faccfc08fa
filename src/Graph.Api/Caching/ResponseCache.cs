using System.Security.Cryptography;
using System.Text;
using Graph.Api.Configuration;
using Graph.Api.Metrics;
using Microsoft.Extensions.Caching.Hybrid;

namespace Graph.Api.Caching;

/// <summary>
/// Whole responses of read-only queries, in HybridCache's memory level: the same query with the same variables on the
/// same graph version and analysis, for a caller with the same permissions, has the same answer, so it is executed
/// once per instance. The key carries all of those; resolvers whose answer depends on anything else (triage
/// decisions, the audit log, the caller's name, Cypher) mark the request as not cacheable.
/// Not written to Redis: the key is the query text, which differs from client to client, so another instance rarely
/// asks for the same one, while every answer not yet cached paid a Redis read that missed and a write (about a
/// quarter of a fresh neighbourhood's server CPU). What instances do share through Redis is the data the answers are
/// made from (neighbourhoods, ring lists, paths, the analysis), so another instance's first answer is a cold one
/// (execution over cached data), not a fresh one.
/// </summary>
public sealed class ResponseCache(HybridCache cache, ApiOptions options, ApiMetrics metrics)
{
    private static readonly HybridCacheEntryOptions LookupOnly = new()
    {
        Flags = HybridCacheEntryFlags.DisableUnderlyingData | HybridCacheEntryFlags.DisableDistributedCache,
    };

    private readonly HybridCacheEntryOptions _entry = new()
    {
        Expiration = TimeSpan.FromMinutes(options.Cache.MinutesInMemory),
        LocalCacheExpiration = TimeSpan.FromMinutes(options.Cache.MinutesInMemory),
        Flags = HybridCacheEntryFlags.DisableDistributedCache,
    };

    public static string Key(string snapshotTag, string analysisKey, int permissions, string mediaType, string query, string? operationName, string variables)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(query + "\u0001" + operationName + "\u0001" + variables));
        return $"resp:{snapshotTag}:{analysisKey}:p{permissions}:{mediaType}:{Convert.ToHexStringLower(hash)}";
    }

    /// <summary>
    /// The kept response, if any. Takes no cancellation token: the lookup never waits, and given a token that can be
    /// cancelled HybridCache queues every miss to the thread pool and joins it (two thread switches per request).
    /// </summary>
    public async ValueTask<CachedResponse?> TryGetAsync(string key)
    {
        metrics.CacheLookup();
        var found = await cache.GetOrCreateAsync<CachedResponse?>(
            options.CacheNamespace + ":" + key,
            static _ => ValueTask.FromResult<CachedResponse?>(null),
            LookupOnly).ConfigureAwait(false);
        if (found is null)
        {
            metrics.CacheMiss();
        }

        return found;
    }

    /// <summary>Keeps a response, unless it is over the per-entry limit (it would push out many smaller ones).</summary>
    public ValueTask StoreAsync(string key, CachedResponse response, CancellationToken cancellation)
    {
        if (response.Body.Length > options.Cache.MaxEntryBytes)
        {
            metrics.CacheEntryTooLarge();
            return ValueTask.CompletedTask;
        }

        return cache.SetAsync(options.CacheNamespace + ":" + key, response, _entry, cancellationToken: cancellation);
    }
}
