using Graph.Cypher.Values.Temporal;

namespace Graph.Cypher.Values.Tests;

public class ValueConversionTests
{
    [Fact]
    public void Plain_values_become_cypher_values()
    {
        Assert.Equal("1", CypherValueConversion.FromObject(1).ToString());
        Assert.Equal("[1, 'a', null]", CypherValueConversion.FromObject(new object?[] { 1L, "a", null }).ToString());
        Assert.Equal("{k: 2.5}", CypherValueConversion.FromObject(new Dictionary<string, object> { ["k"] = 2.5 }).ToString());
        Assert.Equal("'2024-05-17'", CypherValueConversion.FromObject(new DateOnly(2024, 5, 17)).ToString());
        Assert.Equal("'2024-05-17T10:00+08:00'", CypherValueConversion.FromObject(
            new DateTimeOffset(2024, 5, 17, 10, 0, 0, TimeSpan.FromHours(8))).ToString());
        Assert.Equal("'PT1H30M'", CypherValueConversion.FromObject(TimeSpan.FromMinutes(90)).ToString());
    }

    [Fact]
    public void Scalars_round_trip_through_the_payload()
    {
        Assert.Equal(-5L, CypherValue.Integer(-5).AsInteger);
        Assert.True(double.IsNaN(CypherValue.Float(double.NaN).AsFloat));
        var time = new CypherTime(86_399_999_999_999, -18 * 3600);
        Assert.Equal(time, CypherValue.Time(time).AsTime);
        var other = new CypherTime(0, 18 * 3600);
        Assert.Equal(other, CypherValue.Time(other).AsTime);
    }

    [Fact]
    public void Reading_the_wrong_kind_is_a_type_error() =>
        Assert.Throws<Errors.CypherRuntimeException>(() => CypherValue.String("a").AsInteger);
}
