using System.Buffers;
using System.ComponentModel;
using Graph.Api.Model;

namespace Graph.Api.Caching;

/// <summary>
/// A neighbourhood as the memory cache keeps it: its serialized bytes (<see cref="NeighbourhoodViewSerializer"/>'s
/// format) in one array. Kept as views, a depth-2 drawing was some 1,700 objects (node and relationship views and
/// their ids, keys and captions) that every young-generation collection had to trace and copy while it was new;
/// uncached neighbourhoods add one per request, so those collections' pauses were most of the fresh requests' p99.
/// One array of bytes is copied as a block, and above 85 KB not at all (large object heap). A request that finds it
/// reads the views back; the request that built it uses the views it built.
/// </summary>
[ImmutableObject(true)]
public sealed class PackedNeighbourhood
{
    private readonly byte[] _bytes;

    public PackedNeighbourhood(byte[] bytes) => _bytes = bytes;

    public ReadOnlySpan<byte> Bytes => _bytes;

    public static PackedNeighbourhood Pack(NeighbourhoodView view)
    {
        // About the right size at once (150 to 250 bytes a node or relationship without properties).
        using var writer = new PooledBufferWriter(256 * (view.Nodes.Count + view.Edges.Count + 1));
        NeighbourhoodViewSerializer.Write(view, writer);
        return new PackedNeighbourhood(writer.WrittenSpan.ToArray());
    }

    public NeighbourhoodView Unpack() => NeighbourhoodViewSerializer.Read(new ReadOnlySequence<byte>(_bytes));
}
