using Graph.Api.Model;
using Graph.Api.Paging;
using Graph.Api.Security;

namespace Graph.Api.Tests.Units;

public sealed class KeysetPagerTests : IDisposable
{
    private readonly NodeIdCodec _ids = new("a-secret-of-at-least-thirty-two-chars");
    private readonly CursorCodec _cursors;

    public KeysetPagerTests() => _cursors = new CursorCodec(_ids);

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
    public void Items_inserted_before_the_cursor_neither_repeat_nor_push_others_out()
    {
        var original = Enumerable.Range(0, 50).Select(i => (Score: 1.0 - (i / 100.0), Id: $"r{i:D3}")).ToList();
        var first = Page(original, null, 10);

        // Ten new items ahead of the cursor, one tied with it on score (ordered by id), and some after it.
        var cursorItem = first.Edges[^1].Node;
        var grown = original
            .Concat(Enumerable.Range(0, 10).Select(i => (Score: 1.5 + i, Id: $"new{i}")))
            .Append((Score: cursorItem.Score, Id: "a-tie-before"))
            .Append((Score: cursorItem.Score, Id: "zz-tie-after"))
            .Append((Score: 0.005, Id: "new-last"))
            .OrderByDescending(r => r.Score).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        var seen = first.Edges.Select(e => e.Node.Id).ToList();
        var cursor = first.EndCursor;
        while (cursor is not null)
        {
            var page = Page(grown, cursor, 7);
            seen.AddRange(page.Edges.Select(e => e.Node.Id));
            cursor = page.HasNextPage ? page.EndCursor : null;
        }

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.All(original, r => Assert.Contains(r.Id, seen));
        Assert.Contains("zz-tie-after", seen);
        Assert.Contains("new-last", seen);
        Assert.DoesNotContain("a-tie-before", seen);
        Assert.DoesNotContain("new0", seen);
    }

    [Fact]
    public void Ties_on_score_are_ordered_by_id()
    {
        var list = new List<(double Score, string Id)> { (0.5, "a"), (0.5, "b"), (0.5, "c") };

        var first = Page(list, null, 1);
        var second = Page(list, first.EndCursor, 5);

        Assert.Equal(["b", "c"], second.Edges.Select(e => e.Node.Id));
    }

    [Fact]
    public void A_cursor_after_the_last_item_gives_an_empty_page_and_an_empty_list_gives_no_cursor()
    {
        var list = new List<(double Score, string Id)> { (0.5, "a") };

        var first = Page(list, null, 1);
        var second = Page(list, first.EndCursor, 1);

        Assert.Empty(second.Edges);
        Assert.False(second.HasNextPage);
        Assert.Null(Page([], null, 5).EndCursor);
    }

    [Fact]
    public void Cursors_are_opaque_versioned_and_bound_to_their_connection()
    {
        var cursor = _cursors.Encode(CursorKind.Ring, 0.75, "RING-1234");

        Assert.StartsWith(CursorCodec.Prefix, cursor, StringComparison.Ordinal);
        Assert.DoesNotContain("RING", cursor, StringComparison.Ordinal);
        Assert.Equal(new KeysetPosition(0.75, "RING-1234"), _cursors.TryDecode(CursorKind.Ring, cursor));
        Assert.Null(_cursors.TryDecode(CursorKind.RuleHit, cursor));
        Assert.Null(_cursors.TryDecode(CursorKind.Ring, _ids.Protect(CursorCodec.Prefix, "2|r|0.75|RING-1234")));
        Assert.Null(_cursors.TryDecode(CursorKind.Ring, _ids.Protect(CursorCodec.Prefix, "r|0.75|RING-1234")));
        Assert.Null(_cursors.TryDecode(CursorKind.Ring, _ids.Protect(CursorCodec.Prefix, "1|r|NaN|RING-1234")));
        Assert.Null(_cursors.TryDecode(CursorKind.Ring, _ids.Encode("Person:1")));
        Assert.Null(_cursors.TryDecode(CursorKind.Ring, "c_Zm9yZ2Vk"));
    }

    public void Dispose() => _ids.Dispose();

    private ConnectionPage<(double Score, string Id)> Page(List<(double Score, string Id)> list, string? after, int first) =>
        KeysetPager.Page(
            list,
            r => new KeysetPosition(r.Score, r.Id),
            _cursors,
            CursorKind.Ring,
            after is null ? null : _cursors.TryDecode(CursorKind.Ring, after) ?? throw new InvalidOperationException("bad cursor"),
            first);
}
