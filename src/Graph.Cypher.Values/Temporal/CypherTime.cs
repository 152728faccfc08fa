namespace Graph.Cypher.Values.Temporal;

/// <summary>A time of day with a fixed UTC offset (seconds east of UTC).</summary>
public readonly record struct CypherTime(long NanoOfDay, int OffsetSeconds)
{
    public CypherLocalTime LocalTime => new(NanoOfDay);

    /// <summary>The same instant expressed at UTC, used to order times with different offsets.</summary>
    public long UtcNanoOfDay => NanoOfDay - (OffsetSeconds * CalendarMath.NanosPerSecond);

    public CypherTime WithOffsetSameInstant(int offsetSeconds) =>
        new(LocalTime.PlusNanos((offsetSeconds - OffsetSeconds) * CalendarMath.NanosPerSecond).NanoOfDay, offsetSeconds);

    public int CompareTo(CypherTime other)
    {
        var byInstant = UtcNanoOfDay.CompareTo(other.UtcNanoOfDay);
        return byInstant != 0 ? byInstant : other.OffsetSeconds.CompareTo(OffsetSeconds);
    }

    public override string ToString() => TemporalFormat.Time(LocalTime) + TemporalFormat.Offset(OffsetSeconds);
}
