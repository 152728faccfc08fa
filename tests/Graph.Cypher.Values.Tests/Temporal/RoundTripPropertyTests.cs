using CsCheck;
using Graph.Cypher.Values.Temporal;
using Graph.Cypher.Values.Tests.Support;

namespace Graph.Cypher.Values.Tests.Temporal;

/// <summary>Every temporal value's printed form parses back to the same value.</summary>
public class RoundTripPropertyTests
{
    [Fact]
    public void Dates_round_trip() =>
        Gen.Long[-365_000_000_000, 365_000_000_000].Select(d => new CypherDate(d)).Sample(date =>
            Assert.Equal(date, TemporalParser.ParseDate(date.ToString())));

    [Fact]
    public void Local_times_round_trip() =>
        ValueGen.LocalTime.Sample(time => Assert.Equal(time, TemporalParser.ParseLocalTime(time.ToString())));

    [Fact]
    public void Times_round_trip() =>
        Gen.Select(ValueGen.LocalTime, ValueGen.Offset).Sample((time, offset) =>
        {
            var value = new CypherTime(time.NanoOfDay, offset);
            Assert.Equal(value, TemporalParser.ParseTime(value.ToString()));
        });

    [Fact]
    public void Local_date_times_round_trip() =>
        Gen.Select(ValueGen.Date, ValueGen.LocalTime).Sample((date, time) =>
        {
            var value = new CypherLocalDateTime(date, time);
            Assert.Equal(value, TemporalParser.ParseLocalDateTime(value.ToString()));
        });

    [Fact]
    public void Date_times_round_trip_with_offsets_and_zone_ids() =>
        ValueGen.DateTime.Sample(value => Assert.Equal(value, TemporalParser.ParseDateTime(value.ToString())));

    [Fact]
    public void Durations_round_trip() =>
        ValueGen.Duration.Sample(value => Assert.Equal(value, TemporalParser.ParseDuration(value.ToString())));

    [Fact]
    public void Calendar_conversion_is_a_bijection() =>
        Gen.Long[-365_000_000_000, 365_000_000_000].Sample(day =>
        {
            var (year, month, dayOfMonth) = CalendarMath.Civil(day);
            Assert.Equal(day, CalendarMath.EpochDay(year, month, dayOfMonth));
        });

    [Fact]
    public void Week_dates_convert_back() =>
        ValueGen.Date.Sample(date =>
            Assert.Equal(date.EpochDay, CalendarMath.FromWeekDate(date.WeekYear, date.Week, date.DayOfWeek)));
}
