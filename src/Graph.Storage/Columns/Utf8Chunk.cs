using System.Text;

namespace Graph.Storage.Columns;

/// <summary>
/// Up to <see cref="StringColumn.ChunkSize"/> strings as a checkpoint stores them: UTF-8 bytes back to back and the
/// offset of each (plus the end). A string is decoded when read, so that opening a store costs no object per string
/// — a third of the memory of .NET strings for this data, and nothing for the GC to trace. The bytes are an array or,
/// where the checkpoint is mapped, the checkpoint itself (<see cref="MappedFile"/>).
/// </summary>
internal sealed unsafe class Utf8Chunk
{
    private readonly byte[]? _bytes;
    private readonly MappedFile? _mapping;
    private readonly byte* _mapped;
    private readonly int[] _offsets;

    public Utf8Chunk(byte[] bytes, int[] offsets)
    {
        _bytes = bytes;
        _offsets = offsets;
    }

    public Utf8Chunk(MappedFile mapping, long offset, int[] offsets)
    {
        _mapping = mapping;
        _mapped = mapping.At(offset, offsets[^1]);
        _offsets = offsets;
    }

    public int Count => _offsets.Length - 1;

    public ReadOnlySpan<byte> Bytes(int index)
    {
        int start = _offsets[index];
        int length = _offsets[index + 1] - start;
        return _bytes is { } bytes ? bytes.AsSpan(start, length) : new ReadOnlySpan<byte>(_mapped + start, length);
    }

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
