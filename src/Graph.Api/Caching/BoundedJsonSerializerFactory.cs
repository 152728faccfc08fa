using System.Diagnostics.CodeAnalysis;
using Graph.Api.Analysis;
using Graph.Api.Configuration;
using Graph.Api.Metrics;
using Microsoft.Extensions.Caching.Hybrid;

namespace Graph.Api.Caching;

/// <summary>
/// JSON for every cached type, with a size limit per entry: <see cref="CacheOptions.MaxEntryBytes"/> for answers,
/// <see cref="CacheOptions.MaxPayloadBytes"/> for the rules' analysis. HybridCache serializes every value it keeps
/// (to size the memory level and to write Redis); a value over its limit stops serialization, and HybridCache then
/// hands the value to the caller without keeping it.
/// </summary>
public sealed class BoundedJsonSerializerFactory(CacheOptions options, ApiMetrics metrics) : IHybridCacheSerializerFactory
{
    public bool TryCreateSerializer<T>([NotNullWhen(true)] out IHybridCacheSerializer<T>? serializer)
    {
        var limit = typeof(T) == typeof(AnalysisResult) ? options.MaxPayloadBytes : options.MaxEntryBytes;
        serializer = new BoundedJsonSerializer<T>(limit, metrics);
        return true;
    }
}
