using Graph.Cypher.Engine.Tests.Expressions.Support;
using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Tests.Expressions;

/// <summary>Component accessors of temporal values and durations, temporal arithmetic and comparison.</summary>
public sealed class TemporalTests(ExpressionGraph graph) : IClassFixture<ExpressionGraph>
{
    private readonly ExpressionHarness x = new(graph.Reader);

    [Theory]
    [InlineData("date('2020-02-29').year", "2020")]
    [InlineData("date('2020-02-29').month", "2")]
    [InlineData("date('2020-02-29').day", "29")]
    [InlineData("date('2020-02-29').quarter", "1")]
    [InlineData("localtime('12:34:56.789').millisecond", "789")]
    [InlineData("datetime('2020-01-01T10:00:00+02:00').offset", "'+02:00'")]
    [InlineData("datetime('2020-01-01T10:00:00+02:00').hour", "10")]
    [InlineData("duration('P1Y2M3DT4H').months", "14")]
    [InlineData("duration('P1Y2M3DT4H').days", "3")]
    [InlineData("duration('P1Y2M3DT4H').hours", "4")]
    [InlineData("duration('P1Y2M3DT4H').monthsOfYear", "2")]
    [InlineData("date('2020-02-29').nope", "null")]
    public void Accessors_read_components(string expression, string expected) => Assert.Equal(expected, x.Show(expression));

    [Theory]
    [InlineData("date('2020-01-31') + duration('P1M')", "'2020-02-29'")]
    [InlineData("date('2020-03-01') - duration('P1D')", "'2020-02-29'")]
    [InlineData("duration('P1D') * 2", "'P2D'")]
    [InlineData("duration('P2D') / 2", "'P1D'")]
    [InlineData("-duration('P1D')", "'P-1D'")]
    [InlineData("date('2020-01-01') < date('2020-01-02')", "true")]
    [InlineData("date('2020-01-01') = date('2020-01-01')", "true")]
    [InlineData("date('2020-01-01') < localtime('12:00')", "null")]
    public void Temporal_arithmetic_and_comparison(string expression, string expected) => Assert.Equal(expected, x.Show(expression));

    [Fact]
    public void A_stored_date_reads_back_with_its_components()
    {
        CypherValue ann = CypherValue.Node(ExpressionGraph.Ann);
        Assert.Equal("1990", x.ShowQuery("MATCH (n) RETURN n.born.year AS x", ("n", ann)));
        Assert.Equal("true", x.ShowQuery("MATCH (n) RETURN n.born < date('2000-01-01') AS x", ("n", ann)));
        Assert.Equal("17", x.ShowQuery("MATCH (n) RETURN n['born'].day AS x", ("n", ann)));
    }
}
