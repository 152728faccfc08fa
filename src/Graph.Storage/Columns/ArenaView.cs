namespace Graph.Storage.Columns;

/// <summary>The arena chunks a snapshot captured; records in them never change.</summary>
internal sealed class ArenaView
{
    private readonly ArenaChunk[] _chunks;

    public ArenaView(ArenaChunk[] chunks) => _chunks = chunks;

    public ReadOnlySpan<byte> Read(long address) => ReadRecord(_chunks, address);

    internal static ReadOnlySpan<byte> ReadRecord(ArenaChunk[] chunks, long address)
    {
        ReadOnlySpan<byte> chunk = chunks[(int)(address >> 32)].Bytes;
        int offset = (int)(uint)address;
        int length = (int)VarInt.Read(chunk, ref offset);
        return chunk.Slice(offset, length);
    }
}
