using Graph.Cypher.Tck.Reporting;

namespace Graph.Cypher.Tck.Tests.Reporting;

public class ThresholdPolicyTests
{
    [Theory]
    [InlineData("clauses/match", true)]
    [InlineData("clauses/match-where", true)]
    [InlineData("expressions/temporal", true)]
    [InlineData("clauses/call", false)]
    [InlineData("clauses/call/deep", false)]
    [InlineData("clauses", false)]
    [InlineData("useCases/countingSubgraphMatches", false)]
    public void Folders_under_clauses_but_call_and_under_expressions_are_gated(string folder, bool gated) =>
        Assert.Equal(gated, ThresholdPolicy.Default.IsGated(folder));

    [Fact]
    public void Overall_and_folder_rates_are_both_checked()
    {
        var summary = new SuiteSummary(
            new Tally(Passed: 91, Failed: 9, Skipped: 5, NotRun: 0),
            [],
            [
                new GroupSummary("clauses/match", new Tally(79, 21, 0, 0), Gated: true),
                new GroupSummary("clauses/call", new Tally(0, 10, 0, 0), Gated: false),
                new GroupSummary("expressions/map", new Tally(0, 0, 3, 0), Gated: true),
            ]);

        var violations = ThresholdPolicy.Default.Violations(summary);

        Assert.Equal(["clauses/match 79/100 = 79.0% is below 80%"], violations);
    }

    [Fact]
    public void Nothing_runnable_misses_the_target() =>
        Assert.Equal(["no runnable scenario"], ThresholdPolicy.Default.Violations(new SuiteSummary(new Tally(0, 0, 4, 0), [], [])));

    [Fact]
    public void Truncation_keeps_reports_short_and_says_how_much_was_cut()
    {
        Assert.Equal("abc", TextLimits.Truncate("abc", 5));
        Assert.Equal("abcde… (3 more characters)", TextLimits.Truncate("abcdefgh", 5));
    }
}
