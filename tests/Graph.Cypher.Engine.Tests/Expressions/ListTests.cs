using Graph.Cypher.Engine.Tests.Expressions.Support;
using Graph.Cypher.Engine.Execution.Expressions;
using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Engine.Tests.Expressions;

/// <summary>List literals, indexing, slicing and IN.</summary>
public sealed class ListTests(ExpressionGraph graph) : IClassFixture<ExpressionGraph>
{
    private readonly ExpressionHarness x = new(graph.Reader);

    [Theory]
    [InlineData("[1, 2, 3][0]", "1")]
    [InlineData("[1, 2, 3][-1]", "3")]
    [InlineData("[1, 2, 3][3]", "null")]
    [InlineData("[1, 2, 3][-4]", "null")]
    [InlineData("[[1]][0][0]", "1")]
    [InlineData("[1, 2, 3][null]", "null")]
    [InlineData("null[0]", "null")]
    [InlineData("[1, 2, 3][1..]", "[2, 3]")]
    [InlineData("[1, 2, 3][..2]", "[1, 2]")]
    [InlineData("[1, 2, 3][-2..]", "[2, 3]")]
    [InlineData("[1, 2, 3][3..1]", "[]")]
    [InlineData("[1, 2, 3][-5..5]", "[1, 2, 3]")]
    [InlineData("[1, 2, 3][1..null]", "null")]
    [InlineData("[1, 2, 3][null..]", "null")]
    public void Index_and_slice(string expression, string expected) => Assert.Equal(expected, x.Show(expression));

    [Theory]
    [InlineData("2 IN [1, 2, 3]", "true")]
    [InlineData("4 IN [1, 2, 3]", "false")]
    [InlineData("4 IN [1, null]", "null")]
    [InlineData("1 IN [1, null]", "true")]
    [InlineData("null IN [1]", "null")]
    [InlineData("null IN []", "false")]
    [InlineData("1 IN null", "null")]
    [InlineData("[1, 2] IN [[1, 2], [3]]", "true")]
    [InlineData("[1, 2] IN [[null, 'foo']]", "false")]
    [InlineData("[1, 2] IN [[null, 2]]", "null")]
    [InlineData("[1, 2] IN [[null, 2], [1, 2]]", "true")]
    [InlineData("[1, null] IN [[1, null]]", "null")]
    public void In_is_three_valued(string expression, string expected) => Assert.Equal(expected, x.Show(expression));

    [Fact]
    public void Lists_with_variables_are_built_per_row()
    {
        Assert.Equal("[1, 2, 3]", x.ShowQuery("WITH 2 AS b RETURN [1, b, b + 1] AS x"));
        Assert.Equal("2", x.ShowQuery("WITH [1, 2, 3] AS list, 1 AS i RETURN list[i] AS x"));
        Assert.Equal("[2, 3]", x.ShowQuery("WITH [1, 2, 3] AS list, 1 AS i RETURN list[i..] AS x"));
    }

    [Fact]
    public void A_constant_list_is_built_once()
    {
        ExpressionHarness.Prepared prepared = x.Prepare("RETURN [1, [2, 'a'], {k: 3}] AS x");
        Assert.IsType<Literal>(prepared.Expression);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("123")]
    [InlineData("4.7")]
    [InlineData("'1'")]
    public void Indexing_a_non_list_is_a_type_error(string value)
    {
        CypherError error = x.FailsQuery($"WITH {value} AS list, 0 AS idx RETURN list[idx] AS x");
        Assert.Equal(CypherErrorClass.TypeError, error.Class);
        Assert.Equal(CypherErrorDetail.InvalidArgumentType, error.Detail);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("4.7")]
    [InlineData("'1'")]
    [InlineData("[1]")]
    [InlineData("{x: 3}")]
    public void Indexing_a_list_with_a_non_integer_is_a_type_error(string index)
    {
        CypherError error = x.FailsQuery($"WITH [1, 2, 3, 4, 5] AS list, {index} AS idx RETURN list[idx] AS x");
        Assert.Equal(CypherErrorClass.TypeError, error.Class);
        Assert.Equal("ListElementAccessByNonInteger", error.Detail);
    }

    [Fact]
    public void Slicing_with_a_non_integer_or_a_non_list_is_a_type_error()
    {
        Assert.Equal(CypherErrorDetail.InvalidArgumentType, x.FailsQuery("WITH [1, 2] AS list, 'a' AS i RETURN list[i..] AS x").Detail);
        Assert.Equal(CypherErrorDetail.InvalidArgumentType, x.FailsQuery("WITH 'abc' AS list RETURN list[1..] AS x").Detail);
    }

    [Fact]
    public void In_over_a_non_list_is_a_type_error() =>
        Assert.Equal(CypherErrorDetail.InvalidArgumentType, x.FailsWith("RETURN 1 IN $list AS x", ("list", "1")).Detail);
}
