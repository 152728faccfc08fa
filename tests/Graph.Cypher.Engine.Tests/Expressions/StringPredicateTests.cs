using Graph.Cypher.Engine.Tests.Expressions.Support;
using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Engine.Tests.Expressions;

/// <summary>STARTS WITH, ENDS WITH, CONTAINS and =~.</summary>
public sealed class StringPredicateTests(ExpressionGraph graph) : IClassFixture<ExpressionGraph>
{
    private readonly ExpressionHarness x = new(graph.Reader);

    [Theory]
    [InlineData("'abc' STARTS WITH 'ab'", "true")]
    [InlineData("'abc' STARTS WITH 'AB'", "false")]
    [InlineData("'abc' ENDS WITH 'bc'", "true")]
    [InlineData("'abc' CONTAINS 'b'", "true")]
    [InlineData("'abc' CONTAINS ''", "true")]
    [InlineData("'abc' CONTAINS null", "null")]
    [InlineData("null STARTS WITH 'a'", "null")]
    [InlineData("1 STARTS WITH 'a'", "null")]
    [InlineData("'abc' =~ 'a.c'", "true")]
    [InlineData("'abc' =~ 'b'", "false")]
    [InlineData("'ABC' =~ '(?i)abc'", "true")]
    [InlineData("'abc' =~ null", "null")]
    [InlineData("1 =~ '1'", "null")]
    public void String_predicates_are_null_unless_both_sides_are_strings(string expression, string expected) =>
        Assert.Equal(expected, x.Show(expression));

    [Fact]
    public void A_regex_matches_the_whole_string_including_its_end()
    {
        Assert.Equal("false", x.ShowQuery("WITH 'ab\\n' AS s RETURN s =~ 'ab' AS x"));
        Assert.Equal("true", x.ShowQuery("WITH 'ab' AS s RETURN s =~ 'a|ab' AS x"));
    }

    [Fact]
    public void A_changing_pattern_is_recompiled()
    {
        Assert.Equal("[true, false, true]", x.ShowQuery("WITH ['a.', 'b.', '.b'] AS ps RETURN [p IN ps | 'ab' =~ p] AS x"));
    }

    [Fact]
    public void An_invalid_regex_is_an_argument_error()
    {
        CypherError error = x.FailsQuery("WITH '(' AS p RETURN 'a' =~ p AS x");
        Assert.Equal(CypherErrorClass.ArgumentError, error.Class);
        Assert.Equal(CypherErrorDetail.InvalidArgumentValue, error.Detail);
    }
}
