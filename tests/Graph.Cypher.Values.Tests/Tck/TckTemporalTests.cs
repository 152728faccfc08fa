namespace Graph.Cypher.Values.Tests.Tck;

/// <summary>
/// Rows copied from the openCypher TCK temporal features (temporal.tsv). Setup CREATEs were folded
/// into WITH bindings when the data was copied.
/// </summary>
public class TckTemporalTests
{
    public static TheoryData<string, string, string> Rows() => TckRows.Load("temporal.tsv");

    [Theory]
    [MemberData(nameof(Rows))]
    public void Query_gives_the_TCK_result(string feature, string query, string expected) =>
        TckAssert.ResultMatches(feature, query, expected);
}
