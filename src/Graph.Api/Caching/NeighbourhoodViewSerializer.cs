using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Api.Metrics;
using Graph.Api.Model;
using Microsoft.Extensions.Caching.Hybrid;

namespace Graph.Api.Caching;

/// <summary>
/// Neighbourhoods (and ring pictures) as bytes: every view that is cached is serialized once (HybridCache sizes its
/// memory level by it), and a drawing of a few hundred nodes through reflection-driven JSON cost a tenth of an
/// uncached neighbourhood request. Strings are written as they are; stored properties, when the view has them, as
/// one JSON block (read back as JSON values, as before). Refuses values over <paramref name="limit"/> bytes.
/// </summary>
public sealed class NeighbourhoodViewSerializer(long limit, ApiMetrics metrics) : IHybridCacheSerializer<NeighbourhoodView>
{
    // Version 2 names a relationship's ends by their node's position (1 wrote their keys and ids out again).
    private const byte Version = 2;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Default) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly IReadOnlyDictionary<string, object?> NoProperties = new Dictionary<string, object?>();

    public NeighbourhoodView Deserialize(ReadOnlySequence<byte> source) => Read(source);

    /// <summary>A view from bytes <see cref="Write"/> made.</summary>
    public static NeighbourhoodView Read(ReadOnlySequence<byte> source)
    {
        var reader = new SequenceReader<byte>(source);
        var version = BinaryFields.ReadByte(ref reader);
        if (version is not (1 or Version))
        {
            throw new InvalidDataException("Not a cached neighbourhood of this format.");
        }

        var center = BinaryFields.ReadRequiredText(ref reader);
        var depth = BinaryFields.ReadInt(ref reader);
        var truncated = BinaryFields.ReadByte(ref reader) != 0;
        var nodes = new NodeView[BinaryFields.ReadInt(ref reader)];
        for (var i = 0; i < nodes.Length; i++)
        {
            var key = BinaryFields.ReadRequiredText(ref reader);
            var id = BinaryFields.ReadRequiredText(ref reader);
            var kind = BinaryFields.ReadRequiredText(ref reader);
            var caption = BinaryFields.ReadRequiredText(ref reader);
            var labels = new string[BinaryFields.ReadInt(ref reader)];
            for (var l = 0; l < labels.Length; l++)
            {
                labels[l] = BinaryFields.ReadRequiredText(ref reader);
            }

            var nodeDepth = BinaryFields.ReadInt(ref reader);
            var degree = BinaryFields.ReadInt(ref reader);
            nodes[i] = new NodeView(key, id, kind, caption, labels, nodeDepth, degree, ReadProperties(ref reader));
        }

        var edges = new EdgeView[BinaryFields.ReadInt(ref reader)];
        for (var i = 0; i < edges.Length; i++)
        {
            var id = BinaryFields.ReadRequiredText(ref reader);
            var type = BinaryFields.ReadRequiredText(ref reader);
            var (sourceKey, sourceId) = ReadEnd(ref reader, nodes, version);
            var (targetKey, targetId) = ReadEnd(ref reader, nodes, version);
            edges[i] = new EdgeView(id, type, sourceKey, sourceId, targetKey, targetId, ReadProperties(ref reader));
        }

        return new NeighbourhoodView(center, depth, nodes, edges, truncated);
    }

    public void Serialize(NeighbourhoodView value, IBufferWriter<byte> target)
    {
        var bounded = new BoundedBufferWriter(target, limit);
        try
        {
            Write(value, bounded);
        }
        catch (CacheEntryTooLargeException)
        {
            metrics.CacheEntryTooLarge();
            throw;
        }
    }

    /// <summary>The view's bytes, with no limit (the caller bounds what it keeps).</summary>
    public static void Write(NeighbourhoodView value, IBufferWriter<byte> target)
    {
        // One buffer of about the right size up front: grown by doubling, a drawing's bytes were copied over and
        // over (a node or relationship takes 150 to 250 bytes without properties).
        target.GetSpan(256 * (value.Nodes.Count + value.Edges.Count));
        BinaryFields.WriteByte(target, Version);
        BinaryFields.WriteText(target, value.CenterKey);
        BinaryFields.WriteInt(target, value.Depth);
        BinaryFields.WriteByte(target, value.Truncated ? (byte)1 : (byte)0);
        BinaryFields.WriteInt(target, value.Nodes.Count);
        foreach (var node in value.Nodes)
        {
            BinaryFields.WriteText(target, node.Key);
            BinaryFields.WriteText(target, node.Id);
            BinaryFields.WriteText(target, node.Kind);
            BinaryFields.WriteText(target, node.Caption);
            BinaryFields.WriteInt(target, node.Labels.Count);
            foreach (var label in node.Labels)
            {
                BinaryFields.WriteText(target, label);
            }

            BinaryFields.WriteInt(target, node.Depth);
            BinaryFields.WriteInt(target, node.Degree);
            WriteProperties(target, node.Properties);
        }

        var positions = new Dictionary<string, int>(value.Nodes.Count, StringComparer.Ordinal);
        for (var i = 0; i < value.Nodes.Count; i++)
        {
            positions.TryAdd(value.Nodes[i].Key, i);
        }

        BinaryFields.WriteInt(target, value.Edges.Count);
        foreach (var edge in value.Edges)
        {
            BinaryFields.WriteText(target, edge.Id);
            BinaryFields.WriteText(target, edge.Type);
            WriteEnd(target, value.Nodes, positions, edge.SourceKey, edge.SourceId);
            WriteEnd(target, value.Nodes, positions, edge.TargetKey, edge.TargetId);
            WriteProperties(target, edge.Properties);
        }
    }

    /// <summary>A relationship's end: its node's position, or -1 and the key and id when no node of the view is that end.</summary>
    private static void WriteEnd(IBufferWriter<byte> target, IReadOnlyList<NodeView> nodes, Dictionary<string, int> positions, string key, string id)
    {
        if (positions.TryGetValue(key, out var position) && string.Equals(nodes[position].Id, id, StringComparison.Ordinal))
        {
            BinaryFields.WriteInt(target, position);
            return;
        }

        BinaryFields.WriteInt(target, -1);
        BinaryFields.WriteText(target, key);
        BinaryFields.WriteText(target, id);
    }

    private static (string Key, string Id) ReadEnd(ref SequenceReader<byte> reader, NodeView[] nodes, byte version)
    {
        if (version == 1)
        {
            return (BinaryFields.ReadRequiredText(ref reader), BinaryFields.ReadRequiredText(ref reader));
        }

        var position = BinaryFields.ReadInt(ref reader);
        if (position >= 0 && position < nodes.Length)
        {
            return (nodes[position].Key, nodes[position].Id);
        }

        return position == -1
            ? (BinaryFields.ReadRequiredText(ref reader), BinaryFields.ReadRequiredText(ref reader))
            : throw new InvalidDataException("A cached relationship names a node the neighbourhood does not have.");
    }

    private static void WriteProperties(IBufferWriter<byte> target, IReadOnlyDictionary<string, object?> properties)
    {
        if (properties.Count == 0)
        {
            BinaryFields.WriteInt(target, 0);
            return;
        }

        BinaryFields.WriteBlock(target, JsonSerializer.SerializeToUtf8Bytes(properties, Json));
    }

    private static IReadOnlyDictionary<string, object?> ReadProperties(ref SequenceReader<byte> reader)
    {
        var json = BinaryFields.ReadBlock(ref reader);
        return json.Length == 0 ? NoProperties : JsonSerializer.Deserialize<Dictionary<string, object?>>(json, Json) ?? NoProperties;
    }
}
