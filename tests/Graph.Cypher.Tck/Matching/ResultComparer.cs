using Graph.Cypher.Tck.Engine;
using Graph.Cypher.Tck.Scenarios;
using Graph.Cypher.Tck.Values;

namespace Graph.Cypher.Tck.Matching;

/// <summary>
/// Compares an engine's result with a <c>Then the result should be</c> step. Column names and their order must
/// match; rows are a multiset unless the step says "in order". Returns null on a match, else why not.
/// </summary>
public static class ResultComparer
{
    public static string? Compare(ExpectResultStep expectation, TckQueryResult actual)
    {
        if (expectation.Table is not { } expected)
        {
            return actual.Rows.Count == 0 ? null : $"expected no rows, got {actual.Rows.Count}";
        }

        if (!expected.Columns.SequenceEqual(actual.Columns, StringComparer.Ordinal))
        {
            return $"expected columns [{string.Join(", ", expected.Columns)}], got [{string.Join(", ", actual.Columns)}]";
        }

        if (actual.Rows.Any(row => row.Count != actual.Columns.Count))
        {
            return "the engine returned a row whose width differs from its column count";
        }

        bool RowsMatch(IReadOnlyList<TckValue> e, IReadOnlyList<TckValue> a) =>
            e.Zip(a).All(pair => TckValueMatcher.Matches(pair.First, pair.Second, expectation.IgnoreListOrder));

        var matches = expectation.InOrder
            ? expected.Rows.Count == actual.Rows.Count && expected.Rows.Zip(actual.Rows).All(pair => RowsMatch(pair.First, pair.Second))
            : BipartiteMatcher.HasPerfectMatching(expected.Rows, actual.Rows, RowsMatch);
        return matches ? null : $"rows differ{(expectation.InOrder ? " (in order)" : string.Empty)}";
    }

    public static string FormatTable(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<TckValue>> rows)
    {
        var lines = new List<string> { "| " + string.Join(" | ", columns) + " |" };
        lines.AddRange(rows.Select(row => "| " + string.Join(" | ", row.Select(TckValueFormatter.Format)) + " |"));
        return string.Join("\n", lines);
    }
}
