namespace Graph.Cypher.Values.Temporal;

/// <summary>A wall-clock time of day without zone, as nanoseconds since midnight.</summary>
public readonly record struct CypherLocalTime(long NanoOfDay)
{
    public int Hour => (int)(NanoOfDay / 3_600_000_000_000);

    public int Minute => (int)(NanoOfDay / 60_000_000_000 % 60);

    public int Second => (int)(NanoOfDay / CalendarMath.NanosPerSecond % 60);

    public int Nanosecond => (int)(NanoOfDay % CalendarMath.NanosPerSecond);

    public static CypherLocalTime Of(long hour, long minute, long second, long nanosecond)
    {
        CalendarMath.CheckRange("hour", hour, 0, 23);
        CalendarMath.CheckRange("minute", minute, 0, 59);
        CalendarMath.CheckRange("second", second, 0, 59);
        CalendarMath.CheckRange("nanosecond", nanosecond, 0, 999_999_999);
        return new((((hour * 60) + minute) * 60 + second) * CalendarMath.NanosPerSecond + nanosecond);
    }

    /// <summary>Adds nanoseconds, wrapping around midnight.</summary>
    public CypherLocalTime PlusNanos(long nanos) =>
        new(CalendarMath.FloorMod(NanoOfDay + (nanos % CalendarMath.NanosPerDay), CalendarMath.NanosPerDay));

    public int CompareTo(CypherLocalTime other) => NanoOfDay.CompareTo(other.NanoOfDay);

    public override string ToString() => TemporalFormat.Time(this);
}
