using Graph.Cypher.Values.Collections;
using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Values.Temporal;

/// <summary>
/// Builds a temporal value from a map such as {year: 1984, week: 10, dayOfWeek: 3, timezone: 'Europe/Stockholm'}
/// or {date: d, time: t, second: 42}: selected fields of base temporals, overridden by explicit fields.
/// </summary>
public static class TemporalBuilder
{
    private static readonly HashSet<string> KnownKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "date", "time", "datetime", "timezone", "year", "month", "day", "week", "dayOfWeek", "ordinalDay",
        "quarter", "dayOfQuarter", "hour", "minute", "second", "millisecond", "microsecond", "nanosecond",
        "epochSeconds", "epochMillis",
    };

    public static CypherValue Build(TemporalKind target, CypherMap map, CypherZone defaultZone)
    {
        var fields = new TemporalFields(map, KnownKeys);
        if (target == TemporalKind.DateTime && (fields.Has("epochSeconds") || fields.Has("epochMillis")))
        {
            return CypherValue.DateTime(FromEpoch(fields, defaultZone));
        }

        var dateTimeBase = fields.Temporal("datetime");
        var dateBase = fields.Temporal("date");
        var timeBase = fields.Temporal("time");
        var baseDate = dateBase?.Date ?? dateTimeBase?.Date;
        var baseTime = timeBase?.Time ?? dateTimeBase?.Time;
        var baseZone = timeBase is not null ? timeBase.Value.Zone : dateTimeBase?.Zone;
        var baseOffset = timeBase is not null ? timeBase.Value.Offset : dateTimeBase?.Offset;

        var date = target is TemporalKind.LocalTime or TemporalKind.Time ? default : DateFields.Resolve(fields, baseDate);
        var time = target == TemporalKind.Date ? default : TimeFields.Resolve(fields, baseTime);
        var newZone = fields.Has("timezone") ? CypherZone.Parse(fields.String("timezone")) : (CypherZone?)null;

        return target switch
        {
            TemporalKind.Date => CypherValue.Date(date),
            TemporalKind.LocalTime => CypherValue.LocalTime(time),
            TemporalKind.LocalDateTime => CypherValue.LocalDateTime(new CypherLocalDateTime(date, time)),
            TemporalKind.Time => CypherValue.Time(ZonedTime(time, baseDate, baseZone, baseOffset, newZone, defaultZone)),
            _ => CypherValue.DateTime(ZonedDateTime(new CypherLocalDateTime(date, time), baseZone, newZone, defaultZone)),
        };
    }

    private static CypherDateTime ZonedDateTime(CypherLocalDateTime local, CypherZone? baseZone, CypherZone? newZone, CypherZone defaultZone)
    {
        if (newZone is null)
        {
            return CypherDateTime.FromLocal(local, baseZone ?? defaultZone);
        }

        return baseZone is null
            ? CypherDateTime.FromLocal(local, newZone.Value)
            : CypherDateTime.FromLocal(local, baseZone.Value).WithZoneSameInstant(newZone.Value);
    }

    private static CypherTime ZonedTime(
        CypherLocalTime time, CypherDate? onDate, CypherZone? baseZone, int? baseOffset, CypherZone? newZone, CypherZone defaultZone)
    {
        var day = onDate ?? new CypherDate(DateTimeOffset.UtcNow.ToUnixTimeSeconds() / CalendarMath.SecondsPerDay);
        var local = new CypherLocalDateTime(day, time);
        if (newZone is null)
        {
            var zone = baseZone ?? defaultZone;
            return new CypherTime(time.NanoOfDay, baseOffset ?? CypherDateTime.FromLocal(local, zone).OffsetSeconds);
        }

        if (baseZone is null)
        {
            return new CypherTime(time.NanoOfDay, CypherDateTime.FromLocal(local, newZone.Value).OffsetSeconds);
        }

        var oldOffset = baseOffset ?? CypherDateTime.FromLocal(local, baseZone.Value).OffsetSeconds;
        var newOffset = newZone.Value.OffsetAt(local.EpochSecond - oldOffset);
        return new CypherTime(time.PlusNanos((newOffset - oldOffset) * CalendarMath.NanosPerSecond).NanoOfDay, newOffset);
    }

    private static CypherDateTime FromEpoch(TemporalFields fields, CypherZone defaultZone)
    {
        var nanos = fields.Has("nanosecond") ? fields.Integer("nanosecond") : 0;
        if (fields.Has("epochMillis"))
        {
            var millis = fields.Integer("epochMillis");
            return CypherDateTime.FromInstant(
                CalendarMath.FloorDiv(millis, 1000), (int)((CalendarMath.FloorMod(millis, 1000) * 1_000_000) + nanos), defaultZone);
        }

        return CypherDateTime.FromInstant(fields.Integer("epochSeconds"), (int)nanos, defaultZone);
    }
}
