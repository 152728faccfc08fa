using System.Buffers.Binary;
using System.Text;

namespace Graph.Storage.Columns;

/// <summary>Sequential decoding over a span; the counterpart of <see cref="ByteWriter"/>.</summary>
internal ref struct ByteReader
{
    private readonly ReadOnlySpan<byte> _source;
    private int _position;

    public ByteReader(ReadOnlySpan<byte> source)
    {
        _source = source;
        _position = 0;
    }

    public readonly bool AtEnd => _position >= _source.Length;

    public readonly int Position => _position;

    public byte ReadByte() => _source[_position++];

    public ulong ReadVarUInt() => VarInt.Read(_source, ref _position);

    public int ReadCount()
    {
        ulong value = ReadVarUInt();
        if (value > int.MaxValue)
        {
            throw new StoreException("STORE_CORRUPT", "Stored count out of range.");
        }

        return (int)value;
    }

    public long ReadVarLong() => VarInt.UnZigZag(ReadVarUInt());

    public long ReadInt64()
    {
        long value = BinaryPrimitives.ReadInt64LittleEndian(_source[_position..]);
        _position += 8;
        return value;
    }

    public string ReadString()
    {
        int count = ReadCount();
        string value = Encoding.UTF8.GetString(_source.Slice(_position, count));
        _position += count;
        return value;
    }
}
