using System.Buffers;

namespace Graph.Api.Caching;

/// <summary>Passes writes through to another buffer writer until more than a limit has been written.</summary>
public sealed class BoundedBufferWriter(IBufferWriter<byte> inner, long limit) : IBufferWriter<byte>
{
    private long _written;

    public void Advance(int count)
    {
        _written += count;
        if (_written > limit)
        {
            throw new CacheEntryTooLargeException(limit);
        }

        inner.Advance(count);
    }

    public Memory<byte> GetMemory(int sizeHint = 0) => inner.GetMemory(sizeHint);

    public Span<byte> GetSpan(int sizeHint = 0) => inner.GetSpan(sizeHint);
}
