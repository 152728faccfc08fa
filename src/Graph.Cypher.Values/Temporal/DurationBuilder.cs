namespace Graph.Cypher.Values.Temporal;

/// <summary>Builds durations from possibly fractional components (maps, ISO strings, scaling).</summary>
internal static class DurationBuilder
{
    /// <summary>The average Gregorian month, 365.2425 / 12 days, in seconds.</summary>
    public const decimal SecondsPerAverageMonth = 2_629_746m;

    public const decimal AverageDaysPerMonth = SecondsPerAverageMonth / 86_400m;

    public static CypherDuration FromFractions(decimal months, decimal days, decimal seconds, decimal nanos)
    {
        try
        {
            return Cascade(months, days, seconds, nanos);
        }
        catch (OverflowException)
        {
            throw Errors.Fail.Range("Duration out of range");
        }
    }

    public static CypherDuration FromComponents(DurationComponents c)
    {
        try
        {
            return FromFractions(
                (c.Years * 12) + (c.Quarters * 3) + c.Months,
                (c.Weeks * 7) + c.Days,
                (c.Hours * 3600) + (c.Minutes * 60) + c.Seconds,
                (c.Milliseconds * 1_000_000) + (c.Microseconds * 1000) + c.Nanoseconds);
        }
        catch (OverflowException)
        {
            throw Errors.Fail.Range("Duration out of range");
        }
    }

    private static CypherDuration Cascade(decimal months, decimal days, decimal seconds, decimal nanos)
    {
        var wholeMonths = decimal.Truncate(months);
        days += (months - wholeMonths) * AverageDaysPerMonth;
        var wholeDays = decimal.Truncate(days);
        seconds += (days - wholeDays) * 86_400m;
        var wholeSeconds = decimal.Truncate(seconds);
        nanos += (seconds - wholeSeconds) * 1_000_000_000m;
        return new CypherDuration(ToLong(wholeMonths), ToLong(wholeDays), ToLong(wholeSeconds), ToLong(decimal.Truncate(nanos)));
    }

    private static long ToLong(decimal value) =>
        value is >= long.MinValue and <= long.MaxValue ? (long)value : throw Errors.Fail.Range("Duration component out of range");
}
