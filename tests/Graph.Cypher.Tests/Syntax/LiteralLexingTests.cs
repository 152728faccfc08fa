using System.Numerics;
using Graph.Cypher.Diagnostics;
using Graph.Cypher.Syntax;

namespace Graph.Cypher.Tests.Syntax;

public sealed class LiteralLexingTests
{
    [Theory]
    [InlineData("42", 42L)]
    [InlineData("0x2A", 42L)]
    [InlineData("0X2a", 42L)]
    [InlineData("0o52", 42L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("0x7FFFFFFFFFFFFFFF", long.MaxValue)]
    public void Integers_have_long_values(string text, long expected) =>
        Assert.Equal(expected, Assert.Single(SyntaxTree.ParseTokens(text)).Value);

    [Fact]
    public void An_integer_beyond_long_keeps_its_text_and_a_big_value_for_the_parser_to_judge()
    {
        var token = Assert.Single(SyntaxTree.ParseTokens("9223372036854775808", out var diagnostics));

        Assert.Empty(diagnostics);
        Assert.Equal("9223372036854775808", token.Text);
        Assert.Equal(BigInteger.Parse("9223372036854775808", System.Globalization.CultureInfo.InvariantCulture), token.Value);
    }

    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData(".5", 0.5)]
    [InlineData("1e3", 1000.0)]
    [InlineData("2.5E-1", 0.25)]
    [InlineData("1e+2", 100.0)]
    public void Floats_have_double_values(string text, double expected) =>
        Assert.Equal(expected, Assert.Single(SyntaxTree.ParseTokens(text)).Value);

    [Theory]
    [InlineData(@"'a\\b'", @"a\b")]
    [InlineData(@"'it\'s'", "it's")]
    [InlineData(@"""say \""hi\""""", "say \"hi\"")]
    [InlineData(@"'\n\t\r\b\f'", "\n\t\r\b\f")]
    [InlineData(@"'\u0041\u00e9'", "Aé")]
    [InlineData(@"'\U0001F600'", "\U0001F600")]
    [InlineData("'two\nlines'", "two\nlines")]
    [InlineData(@"""it's""", "it's")]
    public void Strings_decode_escapes(string text, string expected) =>
        Assert.Equal(expected, Assert.Single(SyntaxTree.ParseTokens(text)).Value);

    [Theory]
    [InlineData("`a b`", "a b")]
    [InlineData("`a``b`", "a`b")]
    [InlineData("$`x y`", "x y")]
    [InlineData("$param", "param")]
    [InlineData("$0", "0")]
    public void Quoted_names_and_parameters_carry_their_unquoted_name(string text, string expected) =>
        Assert.Equal(expected, Assert.Single(SyntaxTree.ParseTokens(text)).Value);

    [Theory]
    [InlineData("0x", DiagnosticCodes.InvalidNumberLiteral)]
    [InlineData("0x1A2b3j4D5E6f7", DiagnosticCodes.InvalidNumberLiteral)]
    [InlineData("9223372h54775808", DiagnosticCodes.InvalidNumberLiteral)]
    [InlineData("0o8", DiagnosticCodes.InvalidNumberLiteral)]
    [InlineData("1.34E999", DiagnosticCodes.FloatingPointOverflow)]
    [InlineData(@"'\uH'", DiagnosticCodes.InvalidUnicodeLiteral)]
    [InlineData(@"'\q'", DiagnosticCodes.InvalidEscapeSequence)]
    [InlineData("'open", DiagnosticCodes.UnterminatedString)]
    [InlineData("`open", DiagnosticCodes.UnterminatedQuotedName)]
    [InlineData("/* open", DiagnosticCodes.UnterminatedComment)]
    [InlineData("—", DiagnosticCodes.BadCharacter)]
    [InlineData("#", DiagnosticCodes.BadCharacter)]
    [InlineData("$", DiagnosticCodes.BadCharacter)]
    public void Malformed_input_is_reported_with_a_code(string text, string code)
    {
        SyntaxTree.ParseTokens(text, out var diagnostics);

        Assert.Equal(code, Assert.Single(diagnostics).Code);
    }
}
