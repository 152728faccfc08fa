using Graph.Cypher.Values;
using Graph.Rules.Parsing;

namespace Graph.Rules.Tests.Parsing;

public sealed class ParameterLiteralTests
{
    [Theory]
    [InlineData("30", 30L)]
    [InlineData("-4", -4L)]
    public void Integers(string text, long expected) =>
        Assert.Equal(CypherValue.Integer(expected), ParameterLiteral.TryRead(text, 0, out _, out _));

    [Theory]
    [InlineData("0.25", 0.25)]
    [InlineData("1e6", 1e6)]
    [InlineData("-2.5", -2.5)]
    public void Floats(string text, double expected) =>
        Assert.Equal(CypherValue.Float(expected), ParameterLiteral.TryRead(text, 0, out _, out _));

    [Fact]
    public void Strings_lists_and_keywords()
    {
        Assert.Equal(CypherValue.String("成品油"), ParameterLiteral.TryRead("'成品油'", 0, out _, out _));
        Assert.Equal(CypherValue.String("a'b"), ParameterLiteral.TryRead("\"a'b\"", 0, out _, out _));
        Assert.Equal(CypherValue.True, ParameterLiteral.TryRead("true", 0, out _, out _));
        Assert.Equal(CypherValue.Null, ParameterLiteral.TryRead("null", 0, out _, out _));
        var list = ParameterLiteral.TryRead("['a', 2, [3]] -- rest", 0, out var end, out _)!.Value.AsList;
        Assert.Equal(3, list.Count);
        Assert.Equal(" -- rest", "['a', 2, [3]] -- rest"[end..]);
    }

    [Theory]
    [InlineData("'open")]
    [InlineData("[1, 2")]
    [InlineData("thirty")]
    [InlineData("")]
    public void Anything_else_is_an_error(string text)
    {
        Assert.Null(ParameterLiteral.TryRead(text, 0, out _, out var error));
        Assert.NotNull(error);
    }
}
