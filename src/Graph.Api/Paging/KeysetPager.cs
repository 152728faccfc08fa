using Graph.Api.Model;

namespace Graph.Api.Paging;

/// <summary>
/// Pages a list sorted by (value descending, key ascending) by sort key, not by offset: a cursor holds the sort key of
/// the last item seen, and the next page starts at the first item strictly after it. When a load changes the list
/// between two pages, the cursor still means "after this item": items that were there are neither skipped nor
/// repeated because others were added or removed before the cursor.
/// </summary>
public static class KeysetPager
{
    public static ConnectionPage<T> Page<T>(IReadOnlyList<T> sorted, Func<T, KeysetPosition> keyOf, CursorCodec cursors, CursorKind kind, KeysetPosition? after, int first)
    {
        var start = after is { } position ? FirstAfter(sorted, keyOf, position) : 0;
        var edges = new List<PageEdge<T>>(Math.Min(first, sorted.Count - start));
        for (var i = start; i < sorted.Count && edges.Count < first; i++)
        {
            var key = keyOf(sorted[i]);
            edges.Add(new PageEdge<T>(cursors.Encode(kind, key.Value, key.Key), sorted[i]));
        }

        return new ConnectionPage<T>(edges, start + edges.Count < sorted.Count, start > 0, sorted.Count);
    }

    /// <summary>Binary search: in this order "comes after the position" is false for a prefix and true for the rest.</summary>
    private static int FirstAfter<T>(IReadOnlyList<T> sorted, Func<T, KeysetPosition> keyOf, KeysetPosition position)
    {
        var low = 0;
        var high = sorted.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            var key = keyOf(sorted[middle]);
            if (position.Precedes(key.Value, key.Key))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }
}
