namespace Graph.Cypher.Values.Temporal;

/// <summary>
/// Resolves hour … nanosecond fields over a base time. Given together, millisecond, microsecond and
/// nanosecond are parts of one fraction ({millisecond: 123, microsecond: 456, nanosecond: 789} is .123456789).
/// </summary>
internal static class TimeFields
{
    public static CypherLocalTime Resolve(TemporalFields fields, CypherLocalTime? baseTime)
    {
        var hour = fields.OptionalInteger("hour") ?? baseTime?.Hour ?? 0;
        var minute = fields.OptionalInteger("minute") ?? baseTime?.Minute ?? 0;
        var second = fields.OptionalInteger("second") ?? baseTime?.Second ?? 0;
        return CypherLocalTime.Of(hour, minute, second, NanoOfSecond(fields, baseTime?.Nanosecond));
    }

    private static long NanoOfSecond(TemporalFields fields, int? baseNano)
    {
        var milli = fields.OptionalInteger("millisecond");
        var micro = fields.OptionalInteger("microsecond");
        var nano = fields.OptionalInteger("nanosecond");
        if (milli is null && micro is null && nano is null)
        {
            return baseNano ?? 0;
        }

        var fromBase = baseNano is not null && !(milli is null && micro is null && nano >= 1000);
        var baseValue = fromBase ? baseNano!.Value : 0;
        var millis = milli ?? (baseValue / 1_000_000);
        var micros = micro ?? (baseValue / 1000 % 1000);
        var nanos = nano ?? (baseValue % 1000);
        if (milli is not null)
        {
            CalendarMath.CheckRange("millisecond", millis, 0, 999);
        }

        CalendarMath.CheckRange("microsecond", micros, 0, milli is null && !fromBase ? 999_999 : 999);
        CalendarMath.CheckRange("nanosecond", nanos, 0, milli is null && micro is null && !fromBase ? 999_999_999 : 999);
        return (millis * 1_000_000) + (micros * 1000) + nanos;
    }
}
