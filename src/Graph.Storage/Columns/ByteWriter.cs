using System.Buffers.Binary;
using System.Text;

namespace Graph.Storage.Columns;

/// <summary>A reusable growable buffer for encoding records and log frames without per-call allocation.</summary>
internal sealed class ByteWriter
{
    private byte[] _buffer;

    public ByteWriter(int capacity = 256) => _buffer = new byte[capacity];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, Length);

    public Span<byte> WrittenMutable => _buffer.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public void Truncate(int length) => Length = length;

    public void WriteByte(byte value)
    {
        Ensure(1);
        _buffer[Length++] = value;
    }

    public void WriteVarUInt(ulong value)
    {
        Ensure(10);
        Length += VarInt.Write(_buffer.AsSpan(Length), value);
    }

    public void WriteVarLong(long value) => WriteVarUInt(VarInt.ZigZag(value));

    public void WriteInt64(long value)
    {
        Ensure(8);
        BinaryPrimitives.WriteInt64LittleEndian(_buffer.AsSpan(Length), value);
        Length += 8;
    }

    public void WriteInt32(int value)
    {
        Ensure(4);
        BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(Length), value);
        Length += 4;
    }

    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(Length));
        Length += bytes.Length;
    }

    public void WriteString(string value)
    {
        int max = Encoding.UTF8.GetMaxByteCount(value.Length);
        Ensure(max + 5);
        int count = Encoding.UTF8.GetByteCount(value);
        WriteVarUInt((uint)count);
        Length += Encoding.UTF8.GetBytes(value, _buffer.AsSpan(Length));
    }

    private void Ensure(int extra)
    {
        if (Length + extra > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + extra));
        }
    }
}
