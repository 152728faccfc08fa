namespace Graph.Records.Rows;

/// <summary>
/// The columns of one CSV file, shared by all its rows: name → position of the column that counts
/// (the first of duplicates). Rows then hold their values in an array, not a dictionary each.
/// </summary>
internal sealed class ColumnIndex
{
    private readonly Dictionary<string, int> _positions;

    /// <param name="names">The header; a null entry is a column whose values are ignored (a duplicate).</param>
    public ColumnIndex(string?[] names)
    {
        Names = names;
        _positions = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            if (names[i] is { } name)
            {
                _positions.TryAdd(name, i);
            }
        }
    }

    public string?[] Names { get; }

    /// <summary>The column's position, or -1 when the file has no such column.</summary>
    public int Find(string name) => _positions.TryGetValue(name, out var position) ? position : -1;
}
