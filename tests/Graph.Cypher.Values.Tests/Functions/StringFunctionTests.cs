using Graph.Cypher.Values.Errors;
using Graph.Cypher.Values.Tests.Support;

namespace Graph.Cypher.Values.Tests.Functions;

public class StringFunctionTests
{
    [Theory]
    [InlineData("toUpper('abc')", "'ABC'")]
    [InlineData("toLower('ABC')", "'abc'")]
    [InlineData("trim('  a b  ')", "'a b'")]
    [InlineData("lTrim('  a ')", "'a '")]
    [InlineData("rTrim(' a  ')", "' a'")]
    [InlineData("replace('hello', 'l', 'w')", "'hewwo'")]
    [InlineData("replace('ab', '', '-')", "'-a-b-'")]
    [InlineData("substring('0123456789', 1)", "'123456789'")]
    [InlineData("substring('0123456789', 1, 3)", "'123'")]
    [InlineData("substring('abc', 5)", "''")]
    [InlineData("left('abc', 2)", "'ab'")]
    [InlineData("left('abc', 10)", "'abc'")]
    [InlineData("right('abc', 2)", "'bc'")]
    [InlineData("split('a,b,,c', ',')", "['a', 'b', '', 'c']")]
    [InlineData("split('a-b_c', ['-', '_'])", "['a', 'b', 'c']")]
    [InlineData("reverse('abc')", "'cba'")]
    [InlineData("reverse('a😀b')", "'b😀a'")]
    [InlineData("size('a😀')", "2")]
    [InlineData("substring('a😀b', 1, 1)", "'😀'")]
    [InlineData("left('😀😀b', 2)", "'😀😀'")]
    [InlineData("right('a😀b', 2)", "'😀b'")]
    [InlineData("char_length('法院😀')", "3")]
    [InlineData("toUpper(null)", "null")]
    [InlineData("substring(null, 1)", "null")]
    [InlineData("toString(1.0)", "'1.0'")]
    [InlineData("toString(date('2020-01-01'))", "'2020-01-01'")]
    [InlineData("toString(true)", "'true'")]
    public void String_functions(string expression, string expected) =>
        Assert.True(TckExpectation.Matches(MiniQuery.Evaluate(expression), expected), $"{expression} gave {MiniQuery.Evaluate(expression)}");

    [Theory]
    [InlineData("toUpper(1)")]
    [InlineData("left(1, 2)")]
    public void Wrong_argument_types_are_type_errors(string expression) =>
        ErrorAssert.Raises(expression, CypherErrorClass.TypeError, CypherErrorDetail.InvalidArgumentValue);

    [Theory]
    [InlineData("substring('abc', -1)")]
    [InlineData("left('abc', -1)")]
    public void Negative_lengths_are_argument_errors(string expression) =>
        ErrorAssert.Raises(expression, CypherErrorClass.ArgumentError, CypherErrorDetail.InvalidArgumentValue);
}
