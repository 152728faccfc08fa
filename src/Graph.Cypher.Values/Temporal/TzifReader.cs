using System.Buffers.Binary;

namespace Graph.Cypher.Values.Temporal;

/// <summary>Reads the transition table of a TZif (RFC 8536) file under /usr/share/zoneinfo.</summary>
internal static class TzifReader
{
    private const string ZoneInfoRoot = "/usr/share/zoneinfo";

    public static (long[] Transitions, int[] OffsetsAfter, int InitialOffset)? Read(string id)
    {
        var path = Path.Combine(ZoneInfoRoot, id);
        if (!File.Exists(path))
        {
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 44 || bytes[0] != 'T' || bytes[1] != 'Z' || bytes[2] != 'i' || bytes[3] != 'f')
        {
            return null;
        }

        var header = ReadHeader(bytes, 0);
        var version = bytes[4];
        if (version == 0)
        {
            return ReadBlock(bytes, 44, header, 4);
        }

        var v1Length = (header.TimeCount * 5) + (header.TypeCount * 6) + header.CharCount +
            (header.LeapCount * 8) + header.StdCount + header.UtCount;
        var second = 44 + v1Length;
        return ReadBlock(bytes, second + 44, ReadHeader(bytes, second), 8);
    }

    private static (int UtCount, int StdCount, int LeapCount, int TimeCount, int TypeCount, int CharCount) ReadHeader(byte[] bytes, int at)
    {
        int Count(int index) => BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at + 20 + (index * 4)));
        return (Count(0), Count(1), Count(2), Count(3), Count(4), Count(5));
    }

    private static (long[], int[], int) ReadBlock(
        byte[] bytes, int at, (int UtCount, int StdCount, int LeapCount, int TimeCount, int TypeCount, int CharCount) header, int timeSize)
    {
        var transitions = new long[header.TimeCount];
        for (var i = 0; i < header.TimeCount; i++)
        {
            var span = bytes.AsSpan(at + (i * timeSize));
            transitions[i] = timeSize == 8 ? BinaryPrimitives.ReadInt64BigEndian(span) : BinaryPrimitives.ReadInt32BigEndian(span);
        }

        var typeIndexAt = at + (header.TimeCount * timeSize);
        var typesAt = typeIndexAt + header.TimeCount;
        int OffsetOfType(int type) => BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(typesAt + (type * 6)));

        var offsets = new int[header.TimeCount];
        for (var i = 0; i < header.TimeCount; i++)
        {
            offsets[i] = OffsetOfType(bytes[typeIndexAt + i]);
        }

        return (transitions, offsets, header.TypeCount > 0 ? OffsetOfType(0) : 0);
    }
}
