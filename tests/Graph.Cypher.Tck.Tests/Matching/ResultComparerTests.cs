using Graph.Cypher.Tck.Matching;
using Graph.Cypher.Tck.Scenarios;
using Graph.Cypher.Tck.Tests.Support;
using Graph.Cypher.Tck.Values;

namespace Graph.Cypher.Tck.Tests.Matching;

public class ResultComparerTests
{
    private static ExpectResultStep Expect(bool inOrder, bool ignoreListOrder, string[] columns, params string[][] rows) =>
        new(1, new ExpectedTable(columns, rows.Select(row => (IReadOnlyList<TckValue>)row.Select(TckValue.Parse).ToList()).ToList()), inOrder, ignoreListOrder);

    [Fact]
    public void Rows_are_a_multiset_unless_in_order()
    {
        var expected = Expect(inOrder: false, ignoreListOrder: false, ["n"], ["1"], ["2"], ["2"]);

        Assert.Null(ResultComparer.Compare(expected, Results.Table(["n"], ["2"], ["1"], ["2"])));
        Assert.NotNull(ResultComparer.Compare(expected, Results.Table(["n"], ["2"], ["1"], ["1"])));
        Assert.NotNull(ResultComparer.Compare(expected, Results.Table(["n"], ["2"], ["1"])));
    }

    [Fact]
    public void In_order_compares_row_by_row()
    {
        var expected = Expect(inOrder: true, ignoreListOrder: false, ["n"], ["1"], ["2"]);

        Assert.Null(ResultComparer.Compare(expected, Results.Table(["n"], ["1"], ["2"])));
        Assert.Contains("in order", ResultComparer.Compare(expected, Results.Table(["n"], ["2"], ["1"])), StringComparison.Ordinal);
    }

    [Fact]
    public void Column_names_and_order_must_match()
    {
        var expected = Expect(inOrder: false, ignoreListOrder: false, ["a", "b"], ["1", "2"]);

        Assert.Contains("columns", ResultComparer.Compare(expected, Results.Table(["b", "a"], ["2", "1"])), StringComparison.Ordinal);
        Assert.NotNull(ResultComparer.Compare(expected, Results.Table(["a", "c"], ["1", "2"])));
    }

    [Fact]
    public void List_order_is_ignored_only_when_the_step_says_so()
    {
        var strict = Expect(inOrder: false, ignoreListOrder: false, ["l"], ["[1, 2]"]);
        var relaxed = strict with { IgnoreListOrder = true };
        var actual = Results.Table(["l"], ["[2, 1]"]);

        Assert.NotNull(ResultComparer.Compare(strict, actual));
        Assert.Null(ResultComparer.Compare(relaxed, actual));
    }

    [Fact]
    public void An_empty_result_expectation_checks_rows_only()
    {
        var empty = new ExpectResultStep(1, null, InOrder: false, IgnoreListOrder: false);

        Assert.Null(ResultComparer.Compare(empty, Results.Table(["x"])));
        Assert.NotNull(ResultComparer.Compare(empty, Results.Table(["x"], ["1"])));
    }

    [Fact]
    public void An_expected_header_without_rows_needs_the_columns_and_no_rows()
    {
        var expected = Expect(inOrder: false, ignoreListOrder: false, ["n"]);

        Assert.Null(ResultComparer.Compare(expected, Results.Table(["n"])));
        Assert.NotNull(ResultComparer.Compare(expected, Results.Table(["n"], ["()"])));
    }

    [Fact]
    public void Pairing_is_found_even_where_a_greedy_choice_would_take_the_wrong_partner()
    {
        // Greedy would give 1 its first candidate (20) and leave 2 with nothing; the only full pairing is 1-10, 2-20.
        var matches = BipartiteMatcher.HasPerfectMatching<int>([1, 2], [20, 10], (e, a) => a == 10 * e || (e == 1 && a == 20));

        Assert.True(matches);
        Assert.False(BipartiteMatcher.HasPerfectMatching<int>([1, 1], [10, 20], (e, a) => a == 10));
    }

    [Fact]
    public void Graph_elements_in_rows_compare_without_identity()
    {
        var expected = Expect(inOrder: false, ignoreListOrder: false, ["a", "r"], ["(:A {name: 'a'})", "[:T]"], ["(:A {name: 'a'})", "[:T]"]);

        Assert.Null(ResultComparer.Compare(expected, Results.Table(["a", "r"], ["(:A {name: 'a'})", "[:T]"], ["(:A {name: 'a'})", "[:T]"])));
    }
}
