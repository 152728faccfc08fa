using Graph.Cypher.Tck.Exclusions;
using Graph.Cypher.Tck.Scenarios;

namespace Graph.Cypher.Tck.Tests.Exclusions;

public class ExclusionListTests
{
    private static TckScenario Scenario(string path, string name, int? example = null) => new(path, "F", name, 1, example, [], []);

    [Fact]
    public void Entries_match_by_feature_glob_and_optional_scenario_glob()
    {
        var list = ExclusionList.Parse("""
            {
              // a whole folder
              "exclusions": [
                { "feature": "clauses/call/*", "reason": "procedures later", "kind": "temporary" },
                { "feature": "expressions/temporal/Temporal4.feature", "scenario": "[3] *", "reason": "leap seconds", "kind": "permanent" },
                { "feature": "expressions/list/*", "scenario": "[2] Slice (example 4)", "reason": "one row", "kind": "Temporary" },
              ]
            }
            """);

        Assert.Equal("procedures later", list.Find(Scenario("clauses/call/Call1.feature", "[1] x"))?.Reason);
        Assert.Equal(ExclusionKind.Permanent, list.Find(Scenario("expressions/temporal/Temporal4.feature", "[3] Should store"))?.Kind);
        Assert.Null(list.Find(Scenario("expressions/temporal/Temporal4.feature", "[30] Other")));
        Assert.NotNull(list.Find(Scenario("expressions/list/List2.feature", "[2] Slice", example: 4)));
        Assert.Null(list.Find(Scenario("expressions/list/List2.feature", "[2] Slice", example: 5)));
        Assert.Null(list.Find(Scenario("clauses/match/Match1.feature", "[1] x")));
    }

    [Theory]
    [InlineData("""{ "exclusions": [ { "feature": "a/*", "kind": "temporary" } ] }""", "reason")]
    [InlineData("""{ "exclusions": [ { "feature": "a/*", "reason": "r" } ] }""", "temporary")]
    [InlineData("""{ "exclusions": [ { "feature": "a/*", "reason": "r", "kind": "maybe" } ] }""", "permanent")]
    [InlineData("""{ "exclusions": [ { "reason": "r", "kind": "permanent" } ] }""", "feature")]
    public void An_entry_without_feature_reason_or_kind_is_refused(string json, string mentioned)
    {
        var error = Assert.Throws<InvalidDataException>(() => ExclusionList.Parse(json));
        Assert.Contains(mentioned, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("*", "anything/at all", true)]
    [InlineData("clauses/*", "clauses/match/Match1.feature", true)]
    [InlineData("clauses/*/Match?.feature", "clauses/match/Match1.feature", true)]
    [InlineData("[1] *", "[1] Return", true)]
    [InlineData("[1] *", "[10] Return", false)]
    [InlineData("a*b*c", "axxbyyc", true)]
    [InlineData("a*b*c", "axxbyy", false)]
    public void Globs_match_whole_text(string pattern, string text, bool expected) => Assert.Equal(expected, Glob.IsMatch(pattern, text));

    [Fact]
    public void The_shipped_exclusion_file_is_valid()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "exclusions.json");

        Assert.True(File.Exists(path), "exclusions.json is not copied beside the runner");
        Assert.All(ExclusionList.Load(path).Entries, entry => Assert.False(string.IsNullOrWhiteSpace(entry.Reason)));
    }
}
