using Graph.Cypher.Values.Errors;
using Graph.Cypher.Values.Tests.Support;

namespace Graph.Cypher.Values.Tests.Temporal;

public class DurationTests
{
    [Theory]
    [InlineData("duration('P1Y2M10DT12H45M30.25S')", "'P1Y2M10DT12H45M30.25S'")]
    [InlineData("duration('-P1D')", "'P-1D'")]
    [InlineData("duration('PT1M30S') * 2", "'PT3M'")]
    [InlineData("duration('P1M') / 2", "'P15DT5H14M33S'")]
    [InlineData("duration('PT-0.5S')", "'PT-0.5S'")]
    [InlineData("duration.between(date('2020-01-31'), date('2020-03-01'))", "'P1M1D'")]
    [InlineData("duration.inSeconds(datetime('2020-03-08T01:00[America/New_York]'), datetime('2020-03-08T03:00[America/New_York]'))", "'PT1H'")]
    [InlineData("datetime('2020-03-07T12:00[America/New_York]') + duration('P1D')", "'2020-03-08T12:00-04:00[America/New_York]'")]
    [InlineData("datetime('2020-03-07T12:00[America/New_York]') + duration('PT24H')", "'2020-03-08T13:00-04:00[America/New_York]'")]
    [InlineData("date('2020-01-31') + duration('P1M')", "'2020-02-29'")]
    [InlineData("duration('P1D').hours", "0")]
    [InlineData("duration('PT25H').days", "0")]
    [InlineData("localtime('23:00') + duration('PT2H')", "'01:00'")]
    public void Durations_follow_opencypher_semantics(string expression, string expected) =>
        Assert.True(TckExpectation.Matches(MiniQuery.Evaluate(expression), expected), $"{expression} gave {TckExpectation.Describe(MiniQuery.Evaluate(expression))}");

    [Theory]
    [InlineData("duration('P1D') / 0")]
    public void Dividing_a_duration_by_zero_fails(string expression) =>
        ErrorAssert.Raises(expression, CypherErrorClass.ArithmeticError, CypherErrorDetail.DivisionByZero);

    [Theory]
    [InlineData("duration('P99999999999999999999999999999Y')")]
    [InlineData("duration({years: 1.0e20})")]
    [InlineData("duration({years: 1000000000000000000})")]
    public void Oversized_durations_are_out_of_range(string expression) =>
        ErrorAssert.Raises(expression, CypherErrorClass.ArgumentError, CypherErrorDetail.NumberOutOfRange);

    [Theory]
    [InlineData("duration('P')")]
    [InlineData("duration('1D')")]
    [InlineData("duration({eons: 1})")]
    [InlineData("date('2015-13-01')")]
    [InlineData("date('2015-02-29')")]
    [InlineData("date({year: 2015, week: 54})")]
    [InlineData("localtime('25:00')")]
    [InlineData("date({month: 1})")]
    public void Malformed_temporals_are_argument_errors(string expression) =>
        ErrorAssert.Raises(expression, CypherErrorClass.ArgumentError, CypherErrorDetail.InvalidArgumentValue);
}
