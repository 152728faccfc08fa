namespace Graph.Api.Paging;

/// <summary>
/// The sort key of the last item a page showed: lists are ordered by <see cref="Value"/> descending, then
/// <see cref="Key"/> ascending (ordinal), and the next page starts strictly after this pair.
/// </summary>
public readonly record struct KeysetPosition(double Value, string Key)
{
    /// <summary>Whether an item with this sort key comes after the position in that order.</summary>
    public bool Precedes(double value, string key) =>
        value < Value || (value.Equals(Value) && string.CompareOrdinal(key, Key) > 0);
}
