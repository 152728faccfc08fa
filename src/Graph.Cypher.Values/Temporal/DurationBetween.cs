namespace Graph.Cypher.Values.Temporal;

/// <summary>
/// duration.between / inMonths / inDays / inSeconds. Operands are first aligned: a value without a
/// date borrows the other's date, a value without a zone borrows the other's zone, and a zoned end
/// is viewed in the start's zone. Months and days are counted on the wall clock, the rest on the instant line.
/// </summary>
public static class DurationBetween
{
    public static CypherDuration Between(CypherValue from, CypherValue to)
    {
        var (start, end, hasDates) = TemporalAlignment.Align(from, to);
        if (!hasDates)
        {
            return SecondsBetween(start, end);
        }

        var months = MonthsBetween(start.Local, end.Local);
        var afterMonths = start.PlusCalendar(months, 0);
        var days = DaysBetween(afterMonths.Local, end.Local);
        var afterDays = afterMonths.PlusCalendar(0, days);
        var rest = SecondsBetween(afterDays, end);
        return new CypherDuration(months, days, rest.Seconds, rest.Nanos);
    }

    public static CypherDuration InMonths(CypherValue from, CypherValue to)
    {
        var (start, end, hasDates) = TemporalAlignment.Align(from, to);
        return hasDates ? new CypherDuration(MonthsBetween(start.Local, end.Local), 0, 0, 0) : CypherDuration.Zero;
    }

    public static CypherDuration InDays(CypherValue from, CypherValue to)
    {
        var (start, end, hasDates) = TemporalAlignment.Align(from, to);
        return hasDates ? new CypherDuration(0, DaysBetween(start.Local, end.Local), 0, 0) : CypherDuration.Zero;
    }

    public static CypherDuration InSeconds(CypherValue from, CypherValue to)
    {
        var (start, end, _) = TemporalAlignment.Align(from, to);
        return SecondsBetween(start, end);
    }

    private static CypherDuration SecondsBetween(AlignedTemporal start, AlignedTemporal end) =>
        new(0, 0, checked(end.EpochSecond - start.EpochSecond), (long)end.Nano - start.Nano);

    /// <summary>Whole months from a to b, truncated toward zero, counting a partial last day as not reached.</summary>
    private static long MonthsBetween(CypherLocalDateTime a, CypherLocalDateTime b)
    {
        var endDate = AdjustEndDate(a, b);
        var (y1, m1, d1) = CalendarMath.Civil(a.Date.EpochDay);
        var (y2, m2, d2) = CalendarMath.Civil(endDate);
        var packed1 = (((y1 * 12) + m1 - 1) * 32) + d1;
        var packed2 = (((y2 * 12) + m2 - 1) * 32) + d2;
        return (packed2 - packed1) / 32;
    }

    private static long DaysBetween(CypherLocalDateTime a, CypherLocalDateTime b) => AdjustEndDate(a, b) - a.Date.EpochDay;

    private static long AdjustEndDate(CypherLocalDateTime a, CypherLocalDateTime b)
    {
        var endDate = b.Date.EpochDay;
        if (endDate > a.Date.EpochDay && b.Time.NanoOfDay < a.Time.NanoOfDay)
        {
            return endDate - 1;
        }

        return endDate < a.Date.EpochDay && b.Time.NanoOfDay > a.Time.NanoOfDay ? endDate + 1 : endDate;
    }
}
