namespace Graph.Cypher.Values.Temporal;

/// <summary>Property access on temporal values (d.year, t.offsetMinutes, dur.monthsOfYear, …); null for an unknown name.</summary>
public static class TemporalAccessors
{
    public static CypherValue Get(CypherValue value, string name) => value.Kind switch
    {
        CypherValueKind.Date => DateComponent(value.AsDate, name) ?? CypherValue.Null,
        CypherValueKind.LocalTime => TimeComponent(value.AsLocalTime, name) ?? CypherValue.Null,
        CypherValueKind.Time => TimeComponent(value.AsTime.LocalTime, name) ?? ZoneComponent(null, value.AsTime.OffsetSeconds, name) ?? CypherValue.Null,
        CypherValueKind.LocalDateTime => DateComponent(value.AsLocalDateTime.Date, name) ?? TimeComponent(value.AsLocalDateTime.Time, name) ?? CypherValue.Null,
        CypherValueKind.DateTime => DateTimeComponent(value.AsDateTime, name),
        CypherValueKind.Duration => DurationAccessors.Get(value.AsDuration, name) ?? CypherValue.Null,
        _ => CypherValue.Null,
    };

    private static CypherValue DateTimeComponent(CypherDateTime dateTime, string name)
    {
        var local = dateTime.LocalDateTime;
        return DateComponent(local.Date, name) ?? TimeComponent(local.Time, name) ?? ZoneComponent(dateTime.ZoneId, dateTime.OffsetSeconds, name)
            ?? name switch
            {
                "epochSeconds" => CypherValue.Integer(dateTime.EpochSecond),
                "epochMillis" => CypherValue.Integer((dateTime.EpochSecond * 1000) + (dateTime.Nano / 1_000_000)),
                _ => CypherValue.Null,
            };
    }

    private static CypherValue? DateComponent(CypherDate date, string name) => name switch
    {
        "year" => date.Year,
        "quarter" => (long)date.Quarter,
        "month" => (long)date.Month,
        "week" => (long)date.Week,
        "weekYear" => date.WeekYear,
        "day" => (long)date.Day,
        "ordinalDay" => (long)date.OrdinalDay,
        "weekDay" or "dayOfWeek" => (long)date.DayOfWeek,
        "dayOfQuarter" => (long)date.DayOfQuarter,
        _ => null,
    };

    private static CypherValue? TimeComponent(CypherLocalTime time, string name) => name switch
    {
        "hour" => (long)time.Hour,
        "minute" => (long)time.Minute,
        "second" => (long)time.Second,
        "millisecond" => (long)(time.Nanosecond / 1_000_000),
        "microsecond" => (long)(time.Nanosecond / 1000),
        "nanosecond" => (long)time.Nanosecond,
        _ => null,
    };

    private static CypherValue? ZoneComponent(string? zoneId, int offsetSeconds, string name) => name switch
    {
        "timezone" => CypherValue.String(zoneId ?? TemporalFormat.Offset(offsetSeconds)),
        "offset" => CypherValue.String(TemporalFormat.Offset(offsetSeconds)),
        "offsetMinutes" => (long)(offsetSeconds / 60),
        "offsetSeconds" => (long)offsetSeconds,
        _ => null,
    };
}
