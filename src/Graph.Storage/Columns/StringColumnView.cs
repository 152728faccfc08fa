namespace Graph.Storage.Columns;

/// <summary>A frozen, read-only view of a <see cref="StringColumn"/> as it was at publish.</summary>
internal readonly struct StringColumnView
{
    private readonly object[] _chunks;
    private readonly StringCache _cache;

    public StringColumnView(object[] chunks, int length, StringCache cache)
    {
        _chunks = chunks;
        _cache = cache;
        Length = length;
    }

    public int Length { get; }

    public string this[int index] => StringColumn.Read(_chunks, _cache, index);
}
