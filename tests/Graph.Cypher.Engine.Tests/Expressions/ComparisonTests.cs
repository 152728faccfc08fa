using Graph.Cypher.Engine.Tests.Expressions.Support;

namespace Graph.Cypher.Engine.Tests.Expressions;

/// <summary>=, &lt;&gt;, order comparisons and comparison chains, with nulls, NaN and mixed types.</summary>
public sealed class ComparisonTests(ExpressionGraph graph) : IClassFixture<ExpressionGraph>
{
    private readonly ExpressionHarness x = new(graph.Reader);

    [Theory]
    [InlineData("1 = 1.0", "true")]
    [InlineData("1 = '1'", "false")]
    [InlineData("1 <> 2", "true")]
    [InlineData("null = null", "null")]
    [InlineData("null <> 1", "null")]
    [InlineData("[1, null] = [1, null]", "null")]
    [InlineData("[1, null] = [2, null]", "false")]
    [InlineData("[1, 2] = [1, 2, null]", "false")]
    [InlineData("{a: 1} = {a: 1}", "true")]
    [InlineData("{a: null} = {a: null}", "null")]
    [InlineData("1 < 2", "true")]
    [InlineData("2 <= 2.0", "true")]
    [InlineData("'b' > 'a'", "true")]
    [InlineData("'a' >= 'b'", "false")]
    [InlineData("1 < 'a'", "null")]
    [InlineData("null < 1", "null")]
    [InlineData("[1, 2] < [1, 3]", "true")]
    [InlineData("0.0 / 0.0 < 1", "false")]
    [InlineData("0.0 / 0.0 = 0.0 / 0.0", "false")]
    [InlineData("true > false", "true")]
    public void Comparisons_follow_cypher_semantics(string expression, string expected) => Assert.Equal(expected, x.Show(expression));

    [Theory]
    [InlineData(1, 2, 3, "true")]
    [InlineData(1, 3, 2, "false")]
    [InlineData(3, 2, 1, "false")]
    [InlineData(1, 1, 2, "false")]
    public void A_chain_is_the_conjunction_of_its_links(int a, int b, int c, string expected) =>
        Assert.Equal(expected, x.ShowQuery($"WITH {a} AS a, {b} AS b, {c} AS c RETURN a < b < c AS x"));

    [Fact]
    public void A_chain_with_an_unknown_link_is_null_unless_another_is_false()
    {
        Assert.Equal("null", x.ShowQuery("WITH 1 AS a, null AS b, 3 AS c RETURN a < b < c AS x"));
        Assert.Equal("false", x.ShowQuery("WITH null AS a, 3 AS b, 2 AS c RETURN a < b < c AS x"));
        Assert.Equal("true", x.ShowQuery("WITH 1 AS a, 2 AS b, 2 AS c, 5 AS d RETURN a < b <= c < d AS x"));
    }

    [Fact]
    public void Nodes_compare_by_identity()
    {
        Assert.Equal("true", x.ShowQuery("MATCH (a), (b) RETURN a = b AS x", ("a", Ann), ("b", Ann)));
        Assert.Equal("false", x.ShowQuery("MATCH (a), (b) RETURN a = b AS x", ("a", Ann), ("b", Bob)));
    }

    private static Graph.Cypher.Values.CypherValue Ann => Graph.Cypher.Values.CypherValue.Node(ExpressionGraph.Ann);

    private static Graph.Cypher.Values.CypherValue Bob => Graph.Cypher.Values.CypherValue.Node(ExpressionGraph.Bob);
}
