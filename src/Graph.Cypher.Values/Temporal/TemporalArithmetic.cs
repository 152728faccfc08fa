using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Values.Temporal;

/// <summary>temporal ± duration, duration ± duration and duration scaling.</summary>
public static class TemporalArithmetic
{
    public static CypherValue? TryAdd(CypherValue left, CypherValue right)
    {
        if (left.Kind == CypherValueKind.Duration && right.Kind == CypherValueKind.Duration)
        {
            return Guard(() => CypherValue.Duration(left.AsDuration + right.AsDuration));
        }

        if (left.Kind == CypherValueKind.Duration && right.IsTemporal)
        {
            return Guard(() => Plus(right, left.AsDuration));
        }

        return right.Kind == CypherValueKind.Duration && left.IsTemporal ? Guard(() => Plus(left, right.AsDuration)) : null;
    }

    public static CypherValue? TrySubtract(CypherValue left, CypherValue right)
    {
        if (left.Kind == CypherValueKind.Duration && right.Kind == CypherValueKind.Duration)
        {
            return Guard(() => CypherValue.Duration(left.AsDuration - right.AsDuration));
        }

        return right.Kind == CypherValueKind.Duration && left.IsTemporal ? Guard(() => Plus(left, -right.AsDuration)) : null;
    }

    /// <summary>Adds months, then days, then the time part. A date only takes whole days of the time part.</summary>
    public static CypherValue Plus(CypherValue temporal, CypherDuration duration) => temporal.Kind switch
    {
        CypherValueKind.Date => CypherValue.Date(temporal.AsDate.PlusMonths(duration.Months)
            .PlusDays(checked(duration.Days + (duration.Seconds / CalendarMath.SecondsPerDay)))),
        CypherValueKind.LocalTime => CypherValue.LocalTime(PlusTime(temporal.AsLocalTime, duration)),
        CypherValueKind.Time => CypherValue.Time(new CypherTime(PlusTime(temporal.AsTime.LocalTime, duration).NanoOfDay, temporal.AsTime.OffsetSeconds)),
        CypherValueKind.LocalDateTime => CypherValue.LocalDateTime(PlusLocal(temporal.AsLocalDateTime, duration)),
        CypherValueKind.DateTime => CypherValue.DateTime(PlusZoned(temporal.AsDateTime, duration)),
        CypherValueKind.Duration => CypherValue.Duration(temporal.AsDuration + duration),
        _ => throw Fail.Type($"Cannot add a duration to a {temporal.TypeName}"),
    };

    public static CypherDuration Scale(CypherDuration duration, CypherValue factor, bool divide)
    {
        if (factor.Kind == CypherValueKind.Integer && !divide)
        {
            return Guard(() => duration.MultiplyBy(factor.AsInteger));
        }

        var number = factor.AsNumber;
        if (divide && number == 0)
        {
            throw new CypherRuntimeException(CypherError.DivisionByZero("Cannot divide a duration by zero"));
        }

        if (double.IsNaN(number) || double.IsInfinity(number))
        {
            throw Fail.Value($"Cannot scale a duration by {number}");
        }

        if (Math.Abs(number) >= 7.9e28)
        {
            throw Fail.Range($"Cannot scale a duration by {number}");
        }

        var value = (decimal)number;
        if (divide && value == 0)
        {
            throw Fail.Range($"Cannot divide a duration by a number as small as {number}");
        }
        return Guard(() => divide ? duration.DivideBy(value) : duration.Scale(value));
    }

    private static CypherLocalTime PlusTime(CypherLocalTime time, CypherDuration duration) =>
        time.PlusNanos(((duration.Seconds % CalendarMath.SecondsPerDay) * CalendarMath.NanosPerSecond) + duration.Nanos);

    private static CypherLocalDateTime PlusLocal(CypherLocalDateTime local, CypherDuration duration)
    {
        var date = local.Date.PlusMonths(duration.Months).PlusDays(duration.Days);
        return new CypherLocalDateTime(date, local.Time).PlusSeconds(duration.Seconds).PlusNanos(duration.Nanos);
    }

    /// <summary>Months and days move the wall clock; seconds move the instant (so a DST change is felt only by the time part).</summary>
    private static CypherDateTime PlusZoned(CypherDateTime dateTime, CypherDuration duration)
    {
        var local = dateTime.LocalDateTime;
        var shifted = new CypherLocalDateTime(local.Date.PlusMonths(duration.Months).PlusDays(duration.Days), local.Time);
        var moved = CypherDateTime.FromLocal(shifted, dateTime.Zone);
        var nanos = (long)moved.Nano + duration.Nanos;
        var seconds = checked(moved.EpochSecond + duration.Seconds + (nanos / CalendarMath.NanosPerSecond));
        return CypherDateTime.FromInstant(seconds, (int)(nanos % CalendarMath.NanosPerSecond), dateTime.Zone);
    }

    private static T Guard<T>(Func<T> operation)
    {
        try
        {
            return operation();
        }
        catch (OverflowException)
        {
            throw Fail.Range("Temporal arithmetic out of range");
        }
    }
}
