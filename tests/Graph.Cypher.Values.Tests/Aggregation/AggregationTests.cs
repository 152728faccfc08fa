using Graph.Cypher.Values.Aggregation;
using Graph.Cypher.Values.Errors;
using Graph.Cypher.Values.Tests.Support;

namespace Graph.Cypher.Values.Tests.Aggregation;

public class AggregationTests
{
    private static CypherValue Aggregate(string function, string values, bool distinct = false, string? percentile = null)
    {
        Assert.True(AggregateRegistry.Default.TryGet(function, out var aggregate));
        var aggregator = aggregate.CreateAggregator(distinct);
        var extra = percentile is null ? (CypherValue?)null : MiniQuery.Evaluate(percentile);
        foreach (var value in MiniQuery.Evaluate(values).AsList)
        {
            aggregator.Add(extra is null ? [value] : [value, extra.Value]);
        }

        return aggregator.Result();
    }

    [Theory]
    [InlineData("count", "[1, null, 2]", "2")]
    [InlineData("sum", "[1, 2, null]", "3")]
    [InlineData("sum", "[1, 2.5]", "3.5")]
    [InlineData("sum", "[]", "0")]
    [InlineData("sum", "[duration('P1D'), duration('PT1H')]", "'P1DT1H'")]
    [InlineData("avg", "[1, 2]", "1.5")]
    [InlineData("avg", "[]", "null")]
    [InlineData("avg", "[duration('P1D'), duration('P2D')]", "'P1DT12H'")]
    [InlineData("avg", "[duration('P1D'), duration('P1D'), duration('P1D')]", "'P1D'")]
    [InlineData("min", "[1, 'a', null, [1, 2], 0.2, 'b']", "[1, 2]")]
    [InlineData("max", "[1, 'a', null, [1, 2], 0.2, 'b']", "1")]
    [InlineData("max", "[1, 2.0, 5, null, 3.2, 0.1]", "5")]
    [InlineData("min", "['a', 'b', 'B', null, 'abc', 'abc1']", "'B'")]
    [InlineData("max", "[date('2020-01-01'), date('2021-01-01')]", "'2021-01-01'")]
    [InlineData("collect", "[1, null, 2]", "[1, 2]")]
    [InlineData("stDev", "[2, 4, 4, 4, 5, 5, 7, 9]", "2.138089935299395")]
    [InlineData("stDevP", "[2, 4, 4, 4, 5, 5, 7, 9]", "2.0")]
    [InlineData("stDev", "[1]", "0.0")]
    public void Aggregates_skip_nulls(string function, string values, string expected) =>
        Assert.True(TckExpectation.Matches(Aggregate(function, values), expected), $"{function}({values}) gave {TckExpectation.Describe(Aggregate(function, values))}");

    [Theory]
    [InlineData("count", "[1, 1.0, 2, null, 2]", "2")]
    [InlineData("collect", "[1, 2, 1, 3, 2]", "[1, 2, 3]")]
    [InlineData("sum", "[1, 1, 2]", "3")]
    public void Distinct_counts_each_equivalent_value_once(string function, string values, string expected) =>
        Assert.True(TckExpectation.Matches(Aggregate(function, values, distinct: true), expected));

    [Theory]
    [InlineData("percentileDisc", "0.0", "10.0")]
    [InlineData("percentileDisc", "0.5", "20.0")]
    [InlineData("percentileDisc", "1.0", "30.0")]
    [InlineData("percentileCont", "0.0", "10.0")]
    [InlineData("percentileCont", "0.5", "20.0")]
    [InlineData("percentileCont", "0.25", "15.0")]
    [InlineData("percentileCont", "1.0", "30.0")]
    public void Percentiles_follow_the_tck(string function, string percentile, string expected) =>
        Assert.True(TckExpectation.Matches(Aggregate(function, "[10.0, 20.0, 30.0]", percentile: percentile), expected));

    [Fact]
    public void Discrete_percentile_of_integers_stays_integer() =>
        Assert.Equal(CypherValueKind.Integer, Aggregate("percentileDisc", "[3, 1, 2]", percentile: "0.5").Kind);

    [Theory]
    [InlineData("1000")]
    [InlineData("-1")]
    [InlineData("1.1")]
    public void Percentile_outside_the_unit_interval_is_out_of_range(string percentile)
    {
        var error = Assert.Throws<CypherRuntimeException>(() => Aggregate("percentileCont", "[10.0]", percentile: percentile));
        Assert.Equal(CypherErrorClass.ArgumentError, error.Error.Class);
        Assert.Equal(CypherErrorDetail.NumberOutOfRange, error.Error.Detail);
    }

    [Fact]
    public void Integer_sum_overflow_is_an_error()
    {
        var error = Assert.Throws<CypherRuntimeException>(() => Aggregate("sum", "[9223372036854775807, 1]"));
        Assert.Equal(CypherErrorDetail.IntegerOverflow, error.Error.Detail);
    }

    [Fact]
    public void Count_star_counts_null_rows()
    {
        var aggregator = AggregateRegistry.CountStar.CreateAggregator(distinct: false);
        aggregator.Add([]);
        aggregator.Add([]);
        Assert.Equal(2L, aggregator.Result().AsInteger);
    }

    [Fact]
    public void Large_integer_sums_stay_exact()
    {
        var aggregator = AggregateRegistry.Default.Functions.Single(f => f.Name == "sum").CreateAggregator(distinct: false);
        for (long i = 1_000_000; i <= 2_000_000; i++)
        {
            aggregator.Add([CypherValue.Integer(i)]);
        }

        Assert.Equal(1_500_001_500_000L, aggregator.Result().AsInteger);
    }
}
