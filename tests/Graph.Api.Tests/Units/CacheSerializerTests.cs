using System.Buffers;
using System.Text.Json;
using Graph.Api.Audit;
using Graph.Api.Caching;
using Graph.Api.Metrics;
using Graph.Api.Model;

namespace Graph.Api.Tests.Units;

public sealed class CacheSerializerTests
{
    private static readonly NeighbourhoodView View = new(
        "Person:110101199001011234",
        2,
        [
            new NodeView("Person:110101199001011234", "n_a", "person", "王晶", ["Person", "Entity"], 0, 3, new Dictionary<string, object?> { ["name"] = "王晶", ["age"] = 41L }),
            new NodeView("Phone:13800000000", "n_b", "phone", "13800000000", ["Phone"], 1, 1, new Dictionary<string, object?>()),
        ],
        [new EdgeView("e_1", "HAS_PHONE", "Person:110101199001011234", "n_a", "Phone:13800000000", "n_b", new Dictionary<string, object?> { ["source"] = "cases" })],
        true);

    [Fact]
    public void A_neighbourhood_reads_back_as_it_was_written()
    {
        var serializer = new NeighbourhoodViewSerializer(1024 * 1024, new ApiMetrics());
        var buffer = new ArrayBufferWriter<byte>();

        serializer.Serialize(View, buffer);
        var back = serializer.Deserialize(new ReadOnlySequence<byte>(buffer.WrittenMemory));

        // JSON of both: stored properties come back as JSON values, which print the same.
        Assert.Equal(JsonSerializer.Serialize(View), JsonSerializer.Serialize(back));
    }

    [Fact]
    public void A_relationship_to_a_node_outside_the_view_keeps_its_ends()
    {
        var view = View with { Edges = [.. View.Edges, new EdgeView("e_2", "PARTY_IN", "Person:110101199001011234", "n_a", "Case:1", "n_c", new Dictionary<string, object?>())] };
        var buffer = new ArrayBufferWriter<byte>();

        NeighbourhoodViewSerializer.Write(view, buffer);
        var back = NeighbourhoodViewSerializer.Read(new ReadOnlySequence<byte>(buffer.WrittenMemory));

        Assert.Equal(JsonSerializer.Serialize(view), JsonSerializer.Serialize(back));
        Assert.Same(back.Nodes[0].Id, back.Edges[0].SourceId);
    }

    [Fact]
    public void A_neighbourhood_over_the_limit_is_refused_and_counted()
    {
        var metrics = new ApiMetrics();
        var serializer = new NeighbourhoodViewSerializer(64, metrics);

        Assert.Throws<CacheEntryTooLargeException>(() => serializer.Serialize(View, new ArrayBufferWriter<byte>()));
        Assert.Equal(1, metrics.CacheEntriesTooLarge);
    }

    [Fact]
    public void A_packed_neighbourhood_unpacks_to_the_same_view_and_its_serializer_copies_the_bytes()
    {
        var packed = PackedNeighbourhood.Pack(View);
        var serializer = new PackedNeighbourhoodSerializer(1024 * 1024, new ApiMetrics());
        var buffer = new ArrayBufferWriter<byte>();

        serializer.Serialize(packed, buffer);
        var back = serializer.Deserialize(new ReadOnlySequence<byte>(buffer.WrittenMemory));

        Assert.Equal(packed.Bytes.ToArray(), buffer.WrittenSpan.ToArray());
        Assert.Equal(JsonSerializer.Serialize(View), JsonSerializer.Serialize(back.Unpack()));
    }

    [Fact]
    public void The_pooled_writer_keeps_what_was_written_while_it_grows()
    {
        using var writer = new PooledBufferWriter(1);
        var bytes = new byte[10_000];
        new Random(3).NextBytes(bytes);

        for (var at = 0; at < bytes.Length; at += 300)
        {
            var part = bytes.AsSpan(at, Math.Min(300, bytes.Length - at));
            part.CopyTo(writer.GetSpan(part.Length));
            writer.Advance(part.Length);
        }

        Assert.Equal(bytes, writer.WrittenSpan.ToArray());
    }

    [Fact]
    public void A_packed_neighbourhood_over_the_limit_is_refused_and_counted()
    {
        var metrics = new ApiMetrics();
        var serializer = new PackedNeighbourhoodSerializer(64, metrics);

        Assert.Throws<CacheEntryTooLargeException>(() => serializer.Serialize(PackedNeighbourhood.Pack(View), new ArrayBufferWriter<byte>()));
        Assert.Equal(1, metrics.CacheEntriesTooLarge);
    }

    [Fact]
    public void A_cached_response_reads_back_with_its_audit_entries()
    {
        var serializer = new CachedResponseSerializer();
        var response = new CachedResponse("{\"data\":{\"x\":\"王\"}}"u8.ToArray(), [new AuditTarget("ENTITY_VIEWED", "entity", "Person:1", null), new AuditTarget("PATHS_VIEWED", "node", "Person:1", "to Person:2")]);
        var buffer = new ArrayBufferWriter<byte>();

        serializer.Serialize(response, buffer);
        var back = serializer.Deserialize(new ReadOnlySequence<byte>(buffer.WrittenMemory));

        Assert.Equal(response.Body, back.Body);
        Assert.Equal(response.Audits, back.Audits);
    }
}
