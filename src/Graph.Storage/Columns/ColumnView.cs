namespace Graph.Storage.Columns;

/// <summary>A frozen, read-only view of a <see cref="ChunkedColumn{T}"/> as it was at publish.</summary>
internal readonly struct ColumnView<T>
{
    private readonly T[][] _chunks;

    public ColumnView(T[][] chunks, int length)
    {
        _chunks = chunks;
        Length = length;
    }

    public int Length { get; }

    public T this[int index] => _chunks[index >> ChunkedColumn<T>.Shift][index & ChunkedColumn<T>.Mask];
}
