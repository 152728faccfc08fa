using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using Graph.Api.Audit;
using Microsoft.Extensions.Caching.Hybrid;

namespace Graph.Api.Caching;

/// <summary>
/// A cached response as bytes: the audit entries it must write again, then the body as it was sent. JSON would
/// base64 the body (a third larger, and an encode and decode per response for nothing).
/// </summary>
public sealed class CachedResponseSerializer : IHybridCacheSerializer<CachedResponse>
{
    private const byte Version = 1;

    public CachedResponse Deserialize(ReadOnlySequence<byte> source)
    {
        var reader = new SequenceReader<byte>(source);
        if (!reader.TryRead(out var version) || version != Version)
        {
            throw new InvalidDataException("Not a cached response of this format.");
        }

        var count = ReadInt(ref reader);
        var audits = new List<AuditTarget>(count);
        for (var i = 0; i < count; i++)
        {
            audits.Add(new AuditTarget(ReadText(ref reader)!, ReadText(ref reader)!, ReadText(ref reader)!, ReadText(ref reader)));
        }

        var body = new byte[ReadInt(ref reader)];
        if (!reader.TryCopyTo(body))
        {
            throw new InvalidDataException("A cached response is cut short.");
        }

        return new CachedResponse(body, audits);
    }

    public void Serialize(CachedResponse value, IBufferWriter<byte> target)
    {
        target.GetSpan(1)[0] = Version;
        target.Advance(1);
        WriteInt(target, value.Audits.Count);
        foreach (var audit in value.Audits)
        {
            WriteText(target, audit.Action);
            WriteText(target, audit.Kind);
            WriteText(target, audit.Key);
            WriteText(target, audit.Detail);
        }

        WriteInt(target, value.Body.Length);
        target.Write(value.Body);
    }

    private static void WriteInt(IBufferWriter<byte> target, int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(target.GetSpan(4), value);
        target.Advance(4);
    }

    /// <summary>Length-prefixed UTF-8; length -1 for null.</summary>
    private static void WriteText(IBufferWriter<byte> target, string? text)
    {
        if (text is null)
        {
            WriteInt(target, -1);
            return;
        }

        WriteInt(target, Encoding.UTF8.GetByteCount(text));
        var written = Encoding.UTF8.GetBytes(text, target.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length)));
        target.Advance(written);
    }

    private static int ReadInt(ref SequenceReader<byte> reader) =>
        reader.TryReadLittleEndian(out int value) ? value : throw new InvalidDataException("A cached response is cut short.");

    private static string? ReadText(ref SequenceReader<byte> reader)
    {
        var length = ReadInt(ref reader);
        if (length < 0)
        {
            return null;
        }

        var bytes = new byte[length];
        if (!reader.TryCopyTo(bytes))
        {
            throw new InvalidDataException("A cached response is cut short.");
        }

        reader.Advance(length);
        return Encoding.UTF8.GetString(bytes);
    }
}
