using System.Buffers;
using Graph.Api.Metrics;
using Microsoft.Extensions.Caching.Distributed;

namespace Graph.Api.Caching;

/// <summary>
/// Wraps the Redis cache to count second-level hits and misses for /metrics. Passes on the buffer interface Redis
/// implements too: without it HybridCache reads each value into a new array of its exact size and writes each from
/// one, an allocation and a copy of every value it moves (tens of kilobytes for a neighbourhood).
/// </summary>
public sealed class CountingDistributedCache(IBufferDistributedCache inner, ApiMetrics metrics) : IBufferDistributedCache
{
    public byte[]? Get(string key) => Count(inner.Get(key));

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default) => Count(await inner.GetAsync(key, token).ConfigureAwait(false));

    public bool TryGet(string key, IBufferWriter<byte> destination) => Count(inner.TryGet(key, destination));

    public async ValueTask<bool> TryGetAsync(string key, IBufferWriter<byte> destination, CancellationToken token = default) =>
        Count(await inner.TryGetAsync(key, destination, token).ConfigureAwait(false));

    public void Refresh(string key) => inner.Refresh(key);

    public Task RefreshAsync(string key, CancellationToken token = default) => inner.RefreshAsync(key, token);

    public void Remove(string key) => inner.Remove(key);

    public Task RemoveAsync(string key, CancellationToken token = default) => inner.RemoveAsync(key, token);

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => inner.Set(key, value, options);

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        inner.SetAsync(key, value, options, token);

    public void Set(string key, ReadOnlySequence<byte> value, DistributedCacheEntryOptions options) => inner.Set(key, value, options);

    public ValueTask SetAsync(string key, ReadOnlySequence<byte> value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        inner.SetAsync(key, value, options, token);

    private byte[]? Count(byte[]? value)
    {
        metrics.SecondLevelLookup(value is not null);
        return value;
    }

    private bool Count(bool found)
    {
        metrics.SecondLevelLookup(found);
        return found;
    }
}
