using Graph.Cypher.Diagnostics;
using Graph.Cypher.Syntax;
using Graph.Cypher.Tests.Golden;

namespace Graph.Cypher.Tests.Syntax;

/// <summary>Whatever the input, the parser returns a tree and diagnostics; it must not throw or overflow the stack.</summary>
public sealed class ParserRobustnessTests
{
    [Theory]
    [InlineData("(", ")")]
    [InlineData("[", "]")]
    [InlineData("{a: ", "}")]
    [InlineData("NOT ", "")]
    [InlineData("- ", "")]
    [InlineData("CASE WHEN true THEN ", " END")]
    [InlineData("EXISTS { MATCH (n) WHERE ", " RETURN 1 }")]
    public void Deep_nesting_is_reported_not_recursed_into(string open, string close)
    {
        var depth = 10_000;
        var query = "RETURN " + string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));

        var tree = SyntaxTree.Parse(query);

        Assert.Contains(tree.Diagnostics, diagnostic => diagnostic.Code == DiagnosticCodes.NestingTooDeep);
    }

    [Fact]
    public void Moderate_nesting_parses_cleanly()
    {
        var query = "RETURN " + new string('(', 100) + "1" + new string(')', 100);

        Assert.Empty(SyntaxTree.Parse(query).Diagnostics);
    }

    [Fact]
    public void Every_prefix_of_the_golden_inputs_parses_without_throwing()
    {
        foreach (var text in GoldenInputs())
        {
            for (var length = 0; length <= text.Length; length++)
            {
                var tree = SyntaxTree.Parse(text[..length]);
                Assert.NotNull(tree.Root);
            }
        }
    }

    [Fact]
    public void Random_edits_of_the_golden_inputs_parse_without_throwing()
    {
        var random = new Random(20261129);
        const string alphabet = "()[]{}<>-=:;,.|*+$'\"`/\\ \nAZaz09eE_";
        foreach (var text in GoldenInputs())
        {
            for (var attempt = 0; attempt < 500; attempt++)
            {
                var chars = text.ToCharArray();
                for (var edit = 0; edit < 3; edit++)
                {
                    chars[random.Next(chars.Length)] = alphabet[random.Next(alphabet.Length)];
                }

                var tree = SyntaxTree.Parse(new string(chars));
                Assert.All(tree.Diagnostics, diagnostic => Assert.InRange(diagnostic.Index, 0, chars.Length));
            }
        }
    }

    private static IEnumerable<string> GoldenInputs() =>
        GoldenFiles.CaseNames().Select(name => File.ReadAllText(Path.Combine(GoldenFiles.CasesDirectory(), name + ".cypher")));
}
