using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Graph.Api.Caching;

/// <summary>The pieces of the cache's binary formats: little-endian 32-bit integers, length-prefixed UTF-8 (-1 for null).</summary>
public static class BinaryFields
{
    public static void WriteByte(IBufferWriter<byte> target, byte value)
    {
        target.GetSpan(1)[0] = value;
        target.Advance(1);
    }

    public static void WriteInt(IBufferWriter<byte> target, int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(target.GetSpan(4), value);
        target.Advance(4);
    }

    public static void WriteText(IBufferWriter<byte> target, string? text)
    {
        if (text is null)
        {
            WriteInt(target, -1);
            return;
        }

        var span = target.GetSpan(4 + Encoding.UTF8.GetMaxByteCount(text.Length));
        var written = Encoding.UTF8.GetBytes(text, span[4..]);
        BinaryPrimitives.WriteInt32LittleEndian(span, written);
        target.Advance(4 + written);
    }

    /// <summary>Bytes with their length in front.</summary>
    public static void WriteBlock(IBufferWriter<byte> target, ReadOnlySpan<byte> bytes)
    {
        WriteInt(target, bytes.Length);
        target.Write(bytes);
    }

    public static byte ReadByte(ref SequenceReader<byte> reader) =>
        reader.TryRead(out var value) ? value : throw CutShort();

    public static int ReadInt(ref SequenceReader<byte> reader) =>
        reader.TryReadLittleEndian(out int value) ? value : throw CutShort();

    public static string? ReadText(ref SequenceReader<byte> reader)
    {
        var length = ReadInt(ref reader);
        if (length < 0)
        {
            return null;
        }

        if (reader.UnreadSpan.Length >= length)
        {
            var text = Encoding.UTF8.GetString(reader.UnreadSpan[..length]);
            reader.Advance(length);
            return text;
        }

        return Encoding.UTF8.GetString(ReadBlock(ref reader, length));
    }

    public static string ReadRequiredText(ref SequenceReader<byte> reader) =>
        ReadText(ref reader) ?? throw new InvalidDataException("A cached value has no text where text is required.");

    public static byte[] ReadBlock(ref SequenceReader<byte> reader) => ReadBlock(ref reader, ReadInt(ref reader));

    private static byte[] ReadBlock(ref SequenceReader<byte> reader, int length)
    {
        if (length < 0 || reader.Remaining < length)
        {
            throw CutShort();
        }

        var bytes = new byte[length];
        reader.TryCopyTo(bytes);
        reader.Advance(length);
        return bytes;
    }

    private static InvalidDataException CutShort() => new("A cached value is cut short.");
}
