using Graph.Api.Model;

namespace Graph.Api.Services;

/// <summary>
/// Pages a sorted list by position key, not by offset: a cursor holds the sort key of the last item seen (score and
/// id), and the next page starts at the first item after it. When a load changes the list between two pages, the
/// cursor still means "after this ring" — items are neither skipped nor repeated because others moved.
/// </summary>
public static class KeysetPager
{
    public static ConnectionPage<T> Page<T>(
        IReadOnlyList<T> sorted,
        Func<T, string> positionOf,
        Func<T, string, bool> isAfter,
        Func<string, string> protect,
        Func<string, string?> unprotect,
        string? after,
        int first)
    {
        var start = 0;
        if (after is not null)
        {
            var position = unprotect(after) ?? throw new Schema.ApiError("BAD_CURSOR", "The cursor is not one this service gave out.");
            start = sorted.Count;
            for (var i = 0; i < sorted.Count; i++)
            {
                if (isAfter(sorted[i], position))
                {
                    start = i;
                    break;
                }
            }
        }

        var edges = new List<PageEdge<T>>(Math.Min(first, Math.Max(0, sorted.Count - start)));
        for (var i = start; i < sorted.Count && edges.Count < first; i++)
        {
            edges.Add(new PageEdge<T>(protect(positionOf(sorted[i])), sorted[i]));
        }

        return new ConnectionPage<T>(edges, start + edges.Count < sorted.Count, start > 0, sorted.Count);
    }
}
