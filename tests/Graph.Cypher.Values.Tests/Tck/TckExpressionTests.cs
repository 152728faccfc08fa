namespace Graph.Cypher.Values.Tests.Tck;

/// <summary>Rows copied from the TCK's comparison, null, literal, list, map, boolean and precedence features (expressions.tsv).</summary>
public class TckExpressionTests
{
    public static TheoryData<string, string, string> Rows() => TckRows.Load("expressions.tsv");

    [Theory]
    [MemberData(nameof(Rows))]
    public void Query_gives_the_TCK_result(string feature, string query, string expected) =>
        TckAssert.ResultMatches(feature, query, expected);
}
