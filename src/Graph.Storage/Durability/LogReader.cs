using System.Buffers.Binary;

namespace Graph.Storage.Durability;

/// <summary>Reads complete, checksum-valid frames in order and stops at the first torn or corrupt one.</summary>
internal static class LogReader
{
    /// <summary>Calls back for every good frame; returns the length of the good prefix.</summary>
    public static long ReadAll(string path, Action<LogEntry> onEntry)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 20);
        long fileLength = stream.Length;
        long good = 0;
        Span<byte> header = stackalloc byte[LogFrame.HeaderSize];
        byte[] payload = new byte[64 * 1024];
        while (good + LogFrame.HeaderSize <= fileLength)
        {
            stream.ReadExactly(header);
            int length = BinaryPrimitives.ReadInt32LittleEndian(header[4..]);
            if (BinaryPrimitives.ReadUInt32LittleEndian(header) != LogFrame.Magic || length < 0 || length > LogFrame.MaxPayload
                || good + LogFrame.HeaderSize + length > fileLength)
            {
                break;
            }

            if (payload.Length < length)
            {
                payload = new byte[Math.Max(length, payload.Length * 2)];
            }

            Span<byte> body = payload.AsSpan(0, length);
            stream.ReadExactly(body);
            if (Crc32C.Compute(body) != BinaryPrimitives.ReadUInt32LittleEndian(header[8..]))
            {
                break;
            }

            onEntry(LogEntryCodec.Read(body));
            good += LogFrame.HeaderSize + length;
        }

        return good;
    }
}
