using Graph.Cypher.Syntax;

namespace Graph.Cypher.Tests.Syntax;

public sealed class LexerTests
{
    [Fact]
    public void Lexer_covers_all_tokens()
    {
        var untestedKinds = Enum.GetValues<SyntaxKind>()
            .Except([SyntaxKind.BadToken, SyntaxKind.EndOfFileToken])
            .Except(SampleTokens().Select(sample => sample.Kind))
            .ToList();

        Assert.Empty(untestedKinds);
    }

    [Theory]
    [MemberData(nameof(TokenData))]
    public void Lexer_lexes_token(SyntaxKind kind, string text)
    {
        var tokens = SyntaxTree.ParseTokens(text, out var diagnostics);

        var token = Assert.Single(tokens);
        Assert.Equal(kind, token.Kind);
        Assert.Equal(text, token.Text);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Lexer_lexes_every_pair_of_tokens_separated_by_a_space()
    {
        var samples = SampleTokens().ToList();
        foreach (var first in samples)
        {
            foreach (var second in samples)
            {
                var tokens = SyntaxTree.ParseTokens($"{first.Text} {second.Text}", out var diagnostics);

                Assert.Empty(diagnostics);
                Assert.Equal([first.Kind, second.Kind], tokens.Select(token => token.Kind));
                Assert.Equal([first.Text, second.Text], tokens.Select(token => token.Text));
            }
        }
    }

    [Theory]
    [InlineData("match", SyntaxKind.MatchKeyword)]
    [InlineData("Match", SyntaxKind.MatchKeyword)]
    [InlineData("oPtIoNaL", SyntaxKind.OptionalKeyword)]
    [InlineData("rEtUrN", SyntaxKind.ReturnKeyword)]
    public void Keywords_are_case_insensitive(string text, SyntaxKind kind) =>
        Assert.Equal(kind, Assert.Single(SyntaxTree.ParseTokens(text)).Kind);

    [Fact]
    public void Token_spans_point_into_the_text()
    {
        var tokens = SyntaxTree.ParseTokens("MATCH (n)\n  RETURN n");

        Assert.Equal([0, 6, 7, 8, 12, 19], tokens.Select(token => token.Span.Start));
        Assert.Equal([5, 1, 1, 1, 6, 1], tokens.Select(token => token.Span.Length));
    }

    [Fact]
    public void Comments_are_skipped()
    {
        var tokens = SyntaxTree.ParseTokens("MATCH // to the end\n(n) /* in\nside */ RETURN n", out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(["MATCH", "(", "n", ")", "RETURN", "n"], tokens.Select(token => token.Text));
    }

    [Fact]
    public void Range_dots_are_not_read_as_a_decimal_point()
    {
        var tokens = SyntaxTree.ParseTokens("[1..2]");

        Assert.Equal(
            [SyntaxKind.OpenBracketToken, SyntaxKind.IntegerToken, SyntaxKind.DotDotToken, SyntaxKind.IntegerToken, SyntaxKind.CloseBracketToken],
            tokens.Select(token => token.Kind));
    }

    [Fact]
    public void Arrows_are_lexed_as_separate_characters_so_comparisons_with_negatives_still_work()
    {
        var tokens = SyntaxTree.ParseTokens("<-->");

        Assert.Equal([SyntaxKind.LessToken, SyntaxKind.MinusToken, SyntaxKind.MinusToken, SyntaxKind.GreaterToken], tokens.Select(token => token.Kind));
    }

    public static TheoryData<SyntaxKind, string> TokenData()
    {
        var data = new TheoryData<SyntaxKind, string>();
        foreach (var (kind, text) in SampleTokens())
        {
            data.Add(kind, text);
        }

        return data;
    }

    private static IEnumerable<(SyntaxKind Kind, string Text)> SampleTokens()
    {
        var fixedTokens = Enum.GetValues<SyntaxKind>()
            .Select(kind => (Kind: kind, Text: SyntaxFacts.GetText(kind)))
            .Where(sample => sample.Text is not null)
            .Select(sample => (sample.Kind, sample.Text!));

        (SyntaxKind, string)[] variableTokens =
        [
            (SyntaxKind.IdentifierToken, "a"),
            (SyntaxKind.IdentifierToken, "_name2"),
            (SyntaxKind.IdentifierToken, "`quoted name`"),
            (SyntaxKind.IdentifierToken, "`with `` backtick`"),
            (SyntaxKind.IntegerToken, "0"),
            (SyntaxKind.IntegerToken, "123"),
            (SyntaxKind.IntegerToken, "0x1aF"),
            (SyntaxKind.IntegerToken, "0o17"),
            (SyntaxKind.FloatToken, "1.5"),
            (SyntaxKind.FloatToken, ".5"),
            (SyntaxKind.FloatToken, "1e10"),
            (SyntaxKind.FloatToken, "6.02E-23"),
            (SyntaxKind.StringToken, "'single'"),
            (SyntaxKind.StringToken, "\"double\""),
            (SyntaxKind.StringToken, @"'it\'s'"),
            (SyntaxKind.ParameterToken, "$name"),
            (SyntaxKind.ParameterToken, "$0"),
            (SyntaxKind.ParameterToken, "$`odd name`"),
        ];

        return fixedTokens.Concat(variableTokens);
    }
}
