using System.Buffers;

namespace Graph.Api.Caching;

/// <summary>
/// A response body kept in the cache, in chunks of at most <see cref="ChunkBytes"/>: a neighbourhood's answer is
/// over 100 KB, and one array of that size per uncached answer goes to the large object heap, whose allocations
/// are what start full collections of the whole (2 GB) heap. Chunks stay in the small object heap.
/// </summary>
public sealed class ResponseBody
{
    /// <summary>Under the runtime's 85,000-byte large object threshold.</summary>
    public const int ChunkBytes = 64 * 1024;

    private readonly byte[][] _chunks;

    private ResponseBody(byte[][] chunks, int length)
    {
        _chunks = chunks;
        Length = length;
    }

    public int Length { get; }

    public IReadOnlyList<byte[]> Chunks => _chunks;

    public static ResponseBody Copy(ReadOnlySpan<byte> bytes)
    {
        var chunks = new byte[(bytes.Length + ChunkBytes - 1) / ChunkBytes][];
        for (var i = 0; i < chunks.Length; i++)
        {
            chunks[i] = bytes.Slice(i * ChunkBytes, Math.Min(ChunkBytes, bytes.Length - (i * ChunkBytes))).ToArray();
        }

        return new ResponseBody(chunks, bytes.Length);
    }

    /// <summary>Reads <paramref name="length"/> bytes into chunks; the caller has checked that many remain.</summary>
    public static ResponseBody Read(ref SequenceReader<byte> reader, int length)
    {
        var chunks = new byte[(length + ChunkBytes - 1) / ChunkBytes][];
        for (var i = 0; i < chunks.Length; i++)
        {
            chunks[i] = new byte[Math.Min(ChunkBytes, length - (i * ChunkBytes))];
            reader.TryCopyTo(chunks[i]);
            reader.Advance(chunks[i].Length);
        }

        return new ResponseBody(chunks, length);
    }

    public byte[] ToArray()
    {
        var bytes = new byte[Length];
        var at = 0;
        foreach (var chunk in _chunks)
        {
            chunk.CopyTo(bytes, at);
            at += chunk.Length;
        }

        return bytes;
    }

    public async ValueTask WriteToAsync(Stream stream, CancellationToken cancellation)
    {
        foreach (var chunk in _chunks)
        {
            await stream.WriteAsync(chunk, cancellation).ConfigureAwait(false);
        }
    }
}
