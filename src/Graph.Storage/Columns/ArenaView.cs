namespace Graph.Storage.Columns;

/// <summary>The arena chunks a snapshot captured; records in them never change.</summary>
internal sealed class ArenaView
{
    private readonly byte[][] _chunks;

    public ArenaView(byte[][] chunks) => _chunks = chunks;

    public ReadOnlySpan<byte> Read(long address) => ReadRecord(_chunks, address);

    internal static ReadOnlySpan<byte> ReadRecord(byte[][] chunks, long address)
    {
        ReadOnlySpan<byte> chunk = chunks[(int)(address >> 32)];
        int offset = (int)(uint)address;
        int length = (int)VarInt.Read(chunk, ref offset);
        return chunk.Slice(offset, length);
    }
}
