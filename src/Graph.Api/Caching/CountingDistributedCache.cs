using Graph.Api.Metrics;
using Microsoft.Extensions.Caching.Distributed;

namespace Graph.Api.Caching;

/// <summary>Wraps the Redis cache to count second-level hits and misses for /metrics.</summary>
public sealed class CountingDistributedCache(IDistributedCache inner, ApiMetrics metrics) : IDistributedCache
{
    public byte[]? Get(string key) => Count(inner.Get(key));

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default) => Count(await inner.GetAsync(key, token).ConfigureAwait(false));

    public void Refresh(string key) => inner.Refresh(key);

    public Task RefreshAsync(string key, CancellationToken token = default) => inner.RefreshAsync(key, token);

    public void Remove(string key) => inner.Remove(key);

    public Task RemoveAsync(string key, CancellationToken token = default) => inner.RemoveAsync(key, token);

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => inner.Set(key, value, options);

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        inner.SetAsync(key, value, options, token);

    private byte[]? Count(byte[]? value)
    {
        metrics.SecondLevelLookup(value is not null);
        return value;
    }
}
