using Graph.Cypher.Values.Tests.Support;

namespace Graph.Cypher.Values.Tests.Tck;

internal static class TckAssert
{
    public static void ResultMatches(string feature, string query, string expected)
    {
        var actual = MiniQuery.Run(query);
        var cells = expected.Split('\t');
        Assert.Equal(cells.Length, actual.Count);
        for (var i = 0; i < cells.Length; i++)
        {
            Assert.True(
                TckExpectation.Matches(actual[i], cells[i]),
                $"{feature}: column {i}: expected {cells[i]} but got {TckExpectation.Describe(actual[i])}");
        }
    }
}
