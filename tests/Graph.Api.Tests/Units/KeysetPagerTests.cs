using Graph.Api.Services;

namespace Graph.Api.Tests.Units;

public sealed class KeysetPagerTests
{
    private static readonly Func<(double Score, string Id), string> Position = r => $"r|{r.Score}|{r.Id}";

    [Fact]
    public void A_cursor_continues_after_its_item_even_when_the_list_changed_before_it()
    {
        var before = new List<(double Score, string Id)> { (0.9, "a"), (0.8, "b"), (0.7, "c"), (0.6, "d") };
        var page = Page(before, null, 2);

        // A load adds a better ring and drops "a": an offset would now repeat "b"; the position does not.
        var after = new List<(double Score, string Id)> { (0.95, "z"), (0.8, "b"), (0.7, "c"), (0.6, "d") };
        var next = Page(after, page.EndCursor, 2);

        Assert.Equal(["a", "b"], page.Edges.Select(e => e.Node.Id));
        Assert.Equal(["c", "d"], next.Edges.Select(e => e.Node.Id));
        Assert.False(next.HasNextPage);
        Assert.True(next.HasPreviousPage);
    }

    [Fact]
    public void Ties_on_score_are_ordered_by_id()
    {
        var list = new List<(double Score, string Id)> { (0.5, "a"), (0.5, "b"), (0.5, "c") };

        var first = Page(list, null, 1);
        var second = Page(list, first.EndCursor, 5);

        Assert.Equal(["b", "c"], second.Edges.Select(e => e.Node.Id));
    }

    private static Graph.Api.Model.ConnectionPage<(double Score, string Id)> Page(List<(double Score, string Id)> list, string? after, int first) =>
        KeysetPager.Page(
            list,
            Position,
            (r, p) =>
            {
                var parts = p.Split('|');
                var score = double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
                return r.Score < score || (r.Score.Equals(score) && string.CompareOrdinal(r.Id, parts[2]) > 0);
            },
            p => "c_" + p,
            c => c[2..],
            after,
            first);
}
