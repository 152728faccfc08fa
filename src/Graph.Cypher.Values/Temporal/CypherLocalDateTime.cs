namespace Graph.Cypher.Values.Temporal;

/// <summary>A date and wall-clock time without zone.</summary>
public readonly record struct CypherLocalDateTime(CypherDate Date, CypherLocalTime Time)
{
    /// <summary>Seconds since 1970-01-01T00:00 on the local time line.</summary>
    public long EpochSecond => (Date.EpochDay * CalendarMath.SecondsPerDay) + (Time.NanoOfDay / CalendarMath.NanosPerSecond);

    public int Nanosecond => Time.Nanosecond;

    public static CypherLocalDateTime FromEpochSecond(long epochSecond, long nano)
    {
        var day = CalendarMath.FloorDiv(epochSecond, CalendarMath.SecondsPerDay);
        var secondOfDay = CalendarMath.FloorMod(epochSecond, CalendarMath.SecondsPerDay);
        return new(new CypherDate(day), new CypherLocalTime((secondOfDay * CalendarMath.NanosPerSecond) + nano));
    }

    public CypherLocalDateTime PlusNanos(long nanos)
    {
        var seconds = CalendarMath.FloorDiv(nanos, CalendarMath.NanosPerSecond);
        var nano = CalendarMath.FloorMod(nanos, CalendarMath.NanosPerSecond) + Nanosecond;
        return FromEpochSecond(checked(EpochSecond + seconds + (nano / CalendarMath.NanosPerSecond)), nano % CalendarMath.NanosPerSecond);
    }

    public CypherLocalDateTime PlusSeconds(long seconds) => FromEpochSecond(checked(EpochSecond + seconds), Nanosecond);

    public int CompareTo(CypherLocalDateTime other)
    {
        var byDate = Date.CompareTo(other.Date);
        return byDate != 0 ? byDate : Time.CompareTo(other.Time);
    }

    public override string ToString() => TemporalFormat.Date(Date) + "T" + TemporalFormat.Time(Time);
}
