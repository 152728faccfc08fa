using Graph.Cypher.Values.Temporal;

namespace Graph.Cypher.Values.Tests.Temporal;

public class TimeZoneTests
{
    [Fact]
    public void A_wall_time_in_a_spring_gap_moves_forward()
    {
        var local = TemporalParser.ParseLocalDateTime("2017-03-26T02:30");
        var zoned = CypherDateTime.FromLocal(local, CypherZone.Named("Europe/Stockholm"));
        Assert.Equal("2017-03-26T03:30+02:00[Europe/Stockholm]", zoned.ToString());
    }

    [Fact]
    public void A_wall_time_in_an_autumn_overlap_takes_the_earlier_offset()
    {
        var local = TemporalParser.ParseLocalDateTime("2017-10-29T02:30");
        var zoned = CypherDateTime.FromLocal(local, CypherZone.Named("Europe/Stockholm"));
        Assert.Equal("2017-10-29T02:30+02:00[Europe/Stockholm]", zoned.ToString());
    }

    [Theory]
    [InlineData("2020-06-01T12:00[Asia/Shanghai]", "2020-06-01T12:00+08:00[Asia/Shanghai]")]
    [InlineData("1990-07-01T12:00[Asia/Shanghai]", "1990-07-01T12:00+09:00[Asia/Shanghai]")]
    [InlineData("2015-07-21T21:40:32.142+0845[Australia/Eucla]", "2015-07-21T21:40:32.142+08:45[Australia/Eucla]")]
    [InlineData("2150-07-01T12:00[Europe/Stockholm]", "2150-07-01T12:00+02:00[Europe/Stockholm]")]
    public void Named_zones_resolve_their_offsets(string text, string expected) =>
        Assert.Equal(expected, TemporalParser.ParseDateTime(text).ToString());

    [Theory]
    [InlineData("Not/AZone")]
    [InlineData("../../etc/passwd")]
    [InlineData("+25:00")]
    public void Unknown_zones_are_argument_errors(string zone) =>
        Assert.Throws<Errors.CypherRuntimeException>(() => CypherZone.Parse(zone));
}
