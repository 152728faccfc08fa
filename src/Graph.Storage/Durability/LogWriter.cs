using System.Buffers.Binary;
using Graph.Storage.Columns;

namespace Graph.Storage.Durability;

/// <summary>
/// Appends frames to the write-ahead log; a commit is durable once <see cref="Append"/> returns.
/// A failed append is cut back off so that a later frame never follows a torn one.
/// </summary>
internal sealed class LogWriter : IDisposable
{
    private readonly FileStream _stream;
    private readonly bool _fsync;
    private bool _broken;

    public LogWriter(string path, long validLength, bool fsync)
    {
        _fsync = fsync;
        _stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read | FileShare.Delete, 1, FileOptions.None);
        if (_stream.Length != validLength)
        {
            _stream.SetLength(validLength);
            _stream.Flush(true);
        }

        _stream.Position = validLength;
    }

    public long Length => _stream.Position;

    /// <summary>Fills the header reserved at the start of the buffer, then writes and syncs the frame.</summary>
    public void Append(ByteWriter frame)
    {
        Span<byte> bytes = frame.WrittenMutable;
        ReadOnlySpan<byte> payload = bytes[LogFrame.HeaderSize..];
        if (payload.Length > LogFrame.MaxPayload)
        {
            throw new StoreException("STORE_BATCH_TOO_LARGE", $"A batch encodes to {payload.Length} bytes; the limit is {LogFrame.MaxPayload}. Split it.");
        }

        BinaryPrimitives.WriteUInt32LittleEndian(bytes, LogFrame.Magic);
        BinaryPrimitives.WriteInt32LittleEndian(bytes[4..], payload.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes[8..], Crc32C.Compute(payload));
        if (_broken)
        {
            throw new StoreException("STORE_FAILED", "The log could not be repaired after a failed write; reopen the store.");
        }

        long before = _stream.Position;
        try
        {
            _stream.Write(bytes);
            _stream.Flush(_fsync);
        }
        catch (IOException error)
        {
            CutBackTo(before);
            throw new StoreException("STORE_IO", "Writing the log failed; the batch was not committed.", error);
        }
    }

    public void Dispose() => _stream.Dispose();

    private void CutBackTo(long length)
    {
        try
        {
            _stream.SetLength(length);
            _stream.Position = length;
        }
        catch (IOException)
        {
            // Appending after a torn frame would hide later commits from replay; refuse instead.
            _broken = true;
        }
    }
}
