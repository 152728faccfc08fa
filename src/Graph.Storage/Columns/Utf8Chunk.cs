using System.Text;

namespace Graph.Storage.Columns;

/// <summary>
/// Up to <see cref="StringColumn.ChunkSize"/> strings as a checkpoint stores them: UTF-8 bytes back to back and the
/// offset of each (plus the end). A string is decoded when read, so that opening a store costs no object per string
/// — a third of the memory of .NET strings for this data, and nothing for the GC to trace.
/// </summary>
internal sealed class Utf8Chunk
{
    private readonly byte[] _bytes;
    private readonly int[] _offsets;

    public Utf8Chunk(byte[] bytes, int[] offsets)
    {
        _bytes = bytes;
        _offsets = offsets;
    }

    public int Count => _offsets.Length - 1;

    public ReadOnlySpan<byte> Bytes(int index) => _bytes.AsSpan(_offsets[index], _offsets[index + 1] - _offsets[index]);

    public string Decode(int index) => Encoding.UTF8.GetString(Bytes(index));

    /// <summary>All strings, decoded: the form a chunk takes when the writer appends to it.</summary>
    public string[] DecodeAll(int capacity)
    {
        var values = new string[capacity];
        for (int i = 0; i < Count; i++)
        {
            values[i] = Decode(i);
        }

        return values;
    }
}
