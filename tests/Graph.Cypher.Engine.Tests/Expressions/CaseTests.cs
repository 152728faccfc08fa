using Graph.Cypher.Engine.Tests.Expressions.Support;

namespace Graph.Cypher.Engine.Tests.Expressions;

/// <summary>Simple and searched CASE.</summary>
public sealed class CaseTests(ExpressionGraph graph) : IClassFixture<ExpressionGraph>
{
    private readonly ExpressionHarness x = new(graph.Reader);

    [Theory]
    [InlineData(1, "'one'")]
    [InlineData(2, "'two'")]
    [InlineData(3, "'many'")]
    public void Simple_case_picks_the_first_equal_value(int value, string expected) =>
        Assert.Equal(expected, x.ShowQuery($"WITH {value} AS v RETURN CASE v WHEN 1 THEN 'one' WHEN 2 THEN 'two' WHEN 2 THEN 'again' ELSE 'many' END AS x"));

    [Fact]
    public void Simple_case_compares_with_equality()
    {
        Assert.Equal("'int'", x.ShowQuery("WITH 1.0 AS v RETURN CASE v WHEN 1 THEN 'int' ELSE 'other' END AS x"));
        Assert.Equal("'other'", x.ShowQuery("WITH null AS v RETURN CASE v WHEN null THEN 'null' ELSE 'other' END AS x"));
        Assert.Equal("null", x.ShowQuery("WITH 5 AS v RETURN CASE v WHEN 1 THEN 'one' END AS x"));
    }

    [Theory]
    [InlineData(-1, "'negative'")]
    [InlineData(0, "'zero'")]
    [InlineData(7, "'positive'")]
    public void Searched_case_picks_the_first_true_condition(int value, string expected) =>
        Assert.Equal(expected, x.ShowQuery($"WITH {value} AS v RETURN CASE WHEN v < 0 THEN 'negative' WHEN v = 0 THEN 'zero' ELSE 'positive' END AS x"));

    [Fact]
    public void Searched_case_skips_null_conditions()
    {
        Assert.Equal("'else'", x.ShowQuery("WITH null AS v RETURN CASE WHEN v > 1 THEN 'big' ELSE 'else' END AS x"));
        Assert.Equal("null", x.ShowQuery("WITH null AS v RETURN CASE WHEN v > 1 THEN 'big' END AS x"));
    }

    [Fact]
    public void Only_the_chosen_branch_is_evaluated() =>
        Assert.Equal("0", x.ShowQuery("WITH 0 AS zero RETURN CASE WHEN zero = 0 THEN 0 ELSE 1 / zero END AS x"));
}
