using Graph.Cypher.Values.Errors;
using Graph.Cypher.Values.Tests.Support;

namespace Graph.Cypher.Values.Tests.Arithmetic;

public class ArithmeticTests
{
    [Theory]
    [InlineData("1 + 2", "3")]
    [InlineData("1 + 2.0", "3.0")]
    [InlineData("7 / 2", "3")]
    [InlineData("-7 / 2", "-3")]
    [InlineData("7 % 3", "1")]
    [InlineData("-7 % 3", "-1")]
    [InlineData("7.5 % 2", "1.5")]
    [InlineData("2 ^ 3", "8.0")]
    [InlineData("'a' + 1", "'a1'")]
    [InlineData("1.5 + 'a'", "'1.5a'")]
    [InlineData("'a' + 'b'", "'ab'")]
    [InlineData("[1] + 2", "[1, 2]")]
    [InlineData("0 + [1]", "[0, 1]")]
    [InlineData("[1] + [2, 3]", "[1, 2, 3]")]
    [InlineData("null + 1", "null")]
    [InlineData("-9223372036854775807 - 1", "(-9223372036854775807 - 1)")]
    [InlineData("'day ' + date('2020-01-02')", "'day 2020-01-02'")]
    public void Operators_keep_integers_integral(string expression, string expected) =>
        Assert.True(TckExpectation.Matches(MiniQuery.Evaluate(expression), expected), $"{expression} gave {MiniQuery.Evaluate(expression)}");

    [Fact]
    public void Float_division_by_zero_is_infinite() =>
        Assert.Equal(double.PositiveInfinity, MiniQuery.Evaluate("1 / 0.0").AsFloat);

    [Theory]
    [InlineData("9223372036854775807 + 1")]
    [InlineData("-9223372036854775807 - 2")]
    [InlineData("4611686018427387904 * 2")]
    [InlineData("-(-9223372036854775807 - 1)")]
    [InlineData("(-9223372036854775807 - 1) / -1")]
    public void Integer_overflow_is_an_arithmetic_error(string expression) =>
        ErrorAssert.Raises(expression, CypherErrorClass.ArithmeticError, CypherErrorDetail.IntegerOverflow);

    [Theory]
    [InlineData("1 / 0")]
    [InlineData("1 % 0")]
    public void Integer_division_by_zero_is_an_arithmetic_error(string expression) =>
        ErrorAssert.Raises(expression, CypherErrorClass.ArithmeticError, CypherErrorDetail.DivisionByZero);

    [Theory]
    [InlineData("true + 1")]
    [InlineData("{a: 1} + 1")]
    [InlineData("date('2020-01-01') + 1")]
    public void Unsupported_operands_are_type_errors(string expression) =>
        ErrorAssert.Raises(expression, CypherErrorClass.TypeError, CypherErrorDetail.InvalidArgumentType);
}
