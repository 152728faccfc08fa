using System.Buffers;
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
        if (BinaryFields.ReadByte(ref reader) != Version)
        {
            throw new InvalidDataException("Not a cached response of this format.");
        }

        var count = BinaryFields.ReadInt(ref reader);
        var audits = new List<AuditTarget>(count);
        for (var i = 0; i < count; i++)
        {
            audits.Add(new AuditTarget(
                BinaryFields.ReadRequiredText(ref reader),
                BinaryFields.ReadRequiredText(ref reader),
                BinaryFields.ReadRequiredText(ref reader),
                BinaryFields.ReadText(ref reader)));
        }

        return new CachedResponse(BinaryFields.ReadBlock(ref reader), audits);
    }

    public void Serialize(CachedResponse value, IBufferWriter<byte> target)
    {
        BinaryFields.WriteByte(target, Version);
        BinaryFields.WriteInt(target, value.Audits.Count);
        foreach (var audit in value.Audits)
        {
            BinaryFields.WriteText(target, audit.Action);
            BinaryFields.WriteText(target, audit.Kind);
            BinaryFields.WriteText(target, audit.Key);
            BinaryFields.WriteText(target, audit.Detail);
        }

        BinaryFields.WriteBlock(target, value.Body);
    }
}
