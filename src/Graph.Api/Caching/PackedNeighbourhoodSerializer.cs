using System.Buffers;
using Graph.Api.Metrics;
using Microsoft.Extensions.Caching.Hybrid;

namespace Graph.Api.Caching;

/// <summary>A packed neighbourhood is already bytes: copied as they are. Refuses values over <paramref name="limit"/> bytes.</summary>
public sealed class PackedNeighbourhoodSerializer(long limit, ApiMetrics metrics) : IHybridCacheSerializer<PackedNeighbourhood>
{
    public PackedNeighbourhood Deserialize(ReadOnlySequence<byte> source) => new(source.ToArray());

    public void Serialize(PackedNeighbourhood value, IBufferWriter<byte> target)
    {
        if (value.Bytes.Length > limit)
        {
            metrics.CacheEntryTooLarge();
            throw new CacheEntryTooLargeException(limit);
        }

        target.Write(value.Bytes);
    }
}
