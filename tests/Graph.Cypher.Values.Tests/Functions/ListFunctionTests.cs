using Graph.Cypher.Values.Errors;
using Graph.Cypher.Values.Tests.Support;

namespace Graph.Cypher.Values.Tests.Functions;

public class ListFunctionTests
{
    [Theory]
    [InlineData("size([1, 2, 3])", "3")]
    [InlineData("size(null)", "null")]
    [InlineData("head([1, 2])", "1")]
    [InlineData("head([])", "null")]
    [InlineData("last([1, 2])", "2")]
    [InlineData("tail([1, 2, 3])", "[2, 3]")]
    [InlineData("tail([])", "[]")]
    [InlineData("range(0, 3)", "[0, 1, 2, 3]")]
    [InlineData("range(0, 10, 3)", "[0, 3, 6, 9]")]
    [InlineData("range(3, 0, -1)", "[3, 2, 1, 0]")]
    [InlineData("range(3, 0)", "[]")]
    [InlineData("reverse([1, 2, 3])", "[3, 2, 1]")]
    [InlineData("coalesce(null, null, 2, 3)", "2")]
    [InlineData("coalesce(null)", "null")]
    [InlineData("keys({b: 1, a: 2})", "['b', 'a']")]
    [InlineData("isEmpty([])", "true")]
    [InlineData("isEmpty('a')", "false")]
    public void List_functions(string expression, string expected) =>
        Assert.True(TckExpectation.Matches(MiniQuery.Evaluate(expression), expected), $"{expression} gave {MiniQuery.Evaluate(expression)}");

    [Fact]
    public void Range_over_the_whole_long_range_is_refused_not_wrapped() =>
        ErrorAssert.Raises("range(-9223372036854775807, 9223372036854775807)", CypherErrorClass.ArgumentError, CypherErrorDetail.NumberOutOfRange);

    [Fact]
    public void Range_with_zero_step_is_out_of_range() =>
        ErrorAssert.Raises("range(1, 2, 0)", CypherErrorClass.ArgumentError, CypherErrorDetail.NumberOutOfRange);
}
