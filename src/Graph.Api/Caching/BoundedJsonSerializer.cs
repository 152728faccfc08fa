using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Api.Metrics;
using Microsoft.Extensions.Caching.Hybrid;

namespace Graph.Api.Caching;

/// <summary>System.Text.Json for one cached type, refusing (by throwing) to write more than a limit.</summary>
public sealed class BoundedJsonSerializer<T>(long limit, ApiMetrics metrics) : IHybridCacheSerializer<T>
{
    // Names and captions are Chinese: UTF-8 as is takes half the room of \u escapes. Never served as HTML.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Default) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public T Deserialize(ReadOnlySequence<byte> source)
    {
        var reader = new Utf8JsonReader(source);
        return JsonSerializer.Deserialize<T>(ref reader, Json)!;
    }

    public void Serialize(T value, IBufferWriter<byte> target)
    {
        var bounded = new BoundedBufferWriter(target, limit);
        try
        {
            using var writer = new Utf8JsonWriter(bounded);
            JsonSerializer.Serialize(writer, value, Json);
        }
        catch (CacheEntryTooLargeException)
        {
            metrics.CacheEntryTooLarge();
            throw;
        }
    }
}
