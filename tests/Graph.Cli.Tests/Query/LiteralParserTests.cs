using Graph.Cli.Query;
using Graph.Cypher.Values;

namespace Graph.Cli.Tests.Query;

public sealed class LiteralParserTests
{
    [Theory]
    [InlineData("42", "42")]
    [InlineData("-7", "-7")]
    [InlineData("0x1F", "31")]
    [InlineData("2.5", "2.5")]
    [InlineData("1e3", "1000.0")]
    [InlineData("'it\\'s'", "'it\\'s'")]
    [InlineData("\"double\"", "'double'")]
    [InlineData("'张三'", "'张三'")]
    [InlineData("TRUE", "true")]
    [InlineData("null", "null")]
    [InlineData("[1, 'a', [2.0]]", "[1, 'a', [2.0]]")]
    [InlineData("{a: 1, `b c`: [true]}", "{a: 1, b c: [true]}")]
    [InlineData(" [ ] ", "[]")]
    public void Literals_read_as_cypher_values(string text, string expected) =>
        Assert.Equal(expected, LiteralParser.TryParse(text)?.ToString());

    [Theory]
    [InlineData("Alice")]
    [InlineData("12abc")]
    [InlineData("[1, 2")]
    [InlineData("'open")]
    [InlineData("")]
    [InlineData("1 2")]
    [InlineData("x}) MATCH (n) DETACH DELETE n //")]
    public void Anything_else_is_not_a_literal(string text) =>
        Assert.Null(LiteralParser.TryParse(text));

    [Fact]
    public void Integers_and_floats_stay_apart()
    {
        Assert.Equal(CypherValueKind.Integer, LiteralParser.TryParse("1")!.Value.Kind);
        Assert.Equal(CypherValueKind.Float, LiteralParser.TryParse("1.0")!.Value.Kind);
    }
}
