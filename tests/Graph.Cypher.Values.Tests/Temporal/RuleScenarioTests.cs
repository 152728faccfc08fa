using Graph.Cypher.Values.Tests.Support;

namespace Graph.Cypher.Values.Tests.Temporal;

/// <summary>The date rules the issue names, written the way a rule in cypher/rules would write them.</summary>
public class RuleScenarioTests
{
    [Theory]
    [InlineData("2023-03-01", "2023-03-08", "true")]
    [InlineData("2023-03-01", "2023-03-09", "false")]
    [InlineData("2023-02-27", "2023-03-06", "true")]
    [InlineData("2024-02-26", "2024-03-04", "true")]
    public void Closed_within_seven_days_of_filing(string filed, string closed, string expected) =>
        Assert.True(TckExpectation.Matches(
            MiniQuery.Evaluate($"date('{closed}') <= date('{filed}') + duration({{days: 7}})"), expected));

    [Fact]
    public void Closed_within_seven_days_measured_with_duration_between() =>
        Assert.Equal(7L, MiniQuery.Evaluate("duration.inDays(date('2023-03-01'), date('2023-03-08')).days").AsInteger);

    [Theory]
    [InlineData("2023-08-31", "2023-02-28")]
    [InlineData("2024-08-31", "2024-02-29")]
    [InlineData("2023-06-15", "2022-12-15")]
    public void Six_months_before_bankruptcy_acceptance_clamps_to_month_end(string accepted, string expected) =>
        Assert.Equal(expected, MiniQuery.Evaluate($"toString(date('{accepted}') - duration('P6M'))").AsString);

    [Fact]
    public void A_transaction_inside_the_six_month_window_is_caught() =>
        Assert.True(MiniQuery.Evaluate(
            "date('2023-03-15') >= date('2023-08-31') - duration({months: 6}) AND date('2023-03-15') < date('2023-08-31')").AsBoolean);
}
