namespace Graph.Storage.Columns;

/// <summary>
/// One chunk of a <see cref="ByteArena"/>: an array (chunks the writer fills) or a part of a mapped checkpoint
/// (chunks loaded from one, which are only read).
/// </summary>
internal readonly unsafe struct ArenaChunk
{
    private readonly MappedFile? _mapping;
    private readonly byte* _mapped;
    private readonly int _length;

    public ArenaChunk(byte[] array)
    {
        Array = array;
        _length = array.Length;
    }

    public ArenaChunk(MappedFile mapping, long offset, int length)
    {
        _mapping = mapping;
        _mapped = mapping.At(offset, length);
        _length = length;
    }

    /// <summary>The chunk's array, or null when it is mapped.</summary>
    public byte[]? Array { get; }

    public int Length => _length;

    public ReadOnlySpan<byte> Bytes => Array ?? new ReadOnlySpan<byte>(_mapped, _length);
}
