using Graph.Cypher.Values.Tests.Support;

namespace Graph.Cypher.Values.Tests.Semantics;

public class ComparisonTests
{
    [Theory]
    [InlineData("1 < 1.5", "true")]
    [InlineData("'a' < 'b'", "true")]
    [InlineData("'a' < 1", "null")]
    [InlineData("0.0 / 0.0 > 1", "false")]
    [InlineData("0.0 / 0.0 < 'a'", "null")]
    [InlineData("[1, 0] >= [1]", "true")]
    [InlineData("[1, 2] >= [1, null]", "null")]
    [InlineData("false < true", "true")]
    [InlineData("date('2020-01-01') < date('2020-01-02')", "true")]
    [InlineData("time('10:00+01:00') < time('09:30Z')", "true")]
    [InlineData("datetime('2020-01-01T10:00+01:00') = datetime('2020-01-01T09:00Z')", "false")]
    [InlineData("datetime('2020-01-01T10:00+01:00') <= datetime('2020-01-01T09:00Z')", "true")]
    [InlineData("duration('P1D') < duration('P2D')", "null")]
    [InlineData("date('2020-01-01') < localdatetime('2020-01-02T00:00')", "null")]
    [InlineData("9223372036854775807 < 9223372036854775806.0", "true")]
    [InlineData("9007199254740993 > 9007199254740992.0", "true")]
    public void Comparison_follows_comparability(string expression, string expected) =>
        Assert.True(TckExpectation.Matches(MiniQuery.Evaluate(expression), expected), expression);
}
