using Graph.Cypher.Values.Errors;
using Graph.Cypher.Values.Tests.Support;

namespace Graph.Cypher.Values.Tests.Functions;

public class ConversionFunctionTests
{
    [Theory]
    [InlineData("toInteger('42')", "42")]
    [InlineData("toInteger('3.9')", "3")]
    [InlineData("toInteger(-3.9)", "-3")]
    [InlineData("toInteger('x')", "null")]
    [InlineData("toInteger(true)", "1")]
    [InlineData("toFloat('3.5')", "3.5")]
    [InlineData("toFloat(3)", "3.0")]
    [InlineData("toFloat('')", "null")]
    [InlineData("toBoolean('TRUE')", "true")]
    [InlineData("toBoolean('yes')", "null")]
    [InlineData("toBoolean(0)", "false")]
    [InlineData("toString(12)", "'12'")]
    [InlineData("toIntegerOrNull([1])", "null")]
    [InlineData("toFloatOrNull({a: 1})", "null")]
    [InlineData("toBooleanOrNull(1.5)", "null")]
    [InlineData("toStringOrNull([1])", "null")]
    [InlineData("toIntegerList(['1', 'x', 2.5, null])", "[1, null, 2, null]")]
    [InlineData("toFloatList([1, '2.5'])", "[1.0, 2.5]")]
    [InlineData("toBooleanList(['true', 0])", "[true, false]")]
    [InlineData("toStringList([1, 2.0, true])", "['1', '2.0', 'true']")]
    public void Conversions(string expression, string expected) =>
        Assert.True(TckExpectation.Matches(MiniQuery.Evaluate(expression), expected), $"{expression} gave {MiniQuery.Evaluate(expression)}");

    [Theory]
    [InlineData("toBoolean(1.0)")]
    [InlineData("toBoolean([])")]
    [InlineData("toFloat(true)")]
    [InlineData("toInteger({})")]
    [InlineData("toString([1])")]
    public void Unconvertible_types_are_type_errors(string expression) =>
        ErrorAssert.Raises(expression, CypherErrorClass.TypeError, CypherErrorDetail.InvalidArgumentValue);

    [Fact]
    public void A_float_beyond_the_integer_range_is_out_of_range() =>
        ErrorAssert.Raises("toInteger(1e20)", CypherErrorClass.ArgumentError, CypherErrorDetail.NumberOutOfRange);
}
