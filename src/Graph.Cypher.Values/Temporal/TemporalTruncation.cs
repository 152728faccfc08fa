using Graph.Cypher.Values.Collections;
using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Values.Temporal;

/// <summary>
/// date.truncate('month', x, {day: 2}) and friends: cut the value down to the unit, then apply the
/// override fields. A timezone override keeps the wall-clock time rather than the instant.
/// </summary>
public static class TemporalTruncation
{
    private static readonly string[] DateUnits = ["millennium", "century", "decade", "year", "weekYear", "quarter", "month", "week", "day"];
    private static readonly string[] TimeUnits = ["day", "hour", "minute", "second", "millisecond", "microsecond"];

    public static CypherValue Truncate(TemporalKind target, string unit, CypherValue value, CypherMap? overrides, CypherZone defaultZone)
    {
        var targetHasDate = target is TemporalKind.Date or TemporalKind.LocalDateTime or TemporalKind.DateTime;
        var targetHasTime = target != TemporalKind.Date;
        var isDateUnit = DateUnits.Contains(unit, StringComparer.Ordinal);
        var isTimeUnit = TimeUnits.Contains(unit, StringComparer.Ordinal);
        if ((!targetHasDate && !isTimeUnit) || (!targetHasTime && !isDateUnit) || (!isDateUnit && !isTimeUnit))
        {
            throw Fail.Value($"Unit '{unit}' cannot truncate a {target}");
        }

        var parts = TemporalParts.Of(value);
        var entries = new List<KeyValuePair<string, CypherValue>>();
        if (targetHasDate)
        {
            var date = parts.Date ?? throw Fail.Value($"Cannot truncate a {value.TypeName} to a {target}");
            entries.Add(new("date", CypherValue.Date(TruncateDate(date, unit))));
        }

        if (targetHasTime)
        {
            entries.Add(new("time", CypherValue.LocalTime(isDateUnit ? default : TruncateTime(parts.Time ?? default, unit))));
        }

        var hasZoneOverride = false;
        foreach (var (key, field) in overrides ?? CypherMap.Empty)
        {
            hasZoneOverride |= key.Equals("timezone", StringComparison.OrdinalIgnoreCase);
            entries.Add(new(key, field));
        }

        if (!hasZoneOverride && parts.Zone is not null && target is TemporalKind.Time or TemporalKind.DateTime)
        {
            entries.Add(new("timezone", CypherValue.String(parts.Zone.Value.ToString())));
        }

        return TemporalBuilder.Build(target, new CypherMap(entries), defaultZone);
    }

    private static CypherDate TruncateDate(CypherDate date, string unit) => unit switch
    {
        "millennium" => YearStart(CalendarMath.FloorDiv(date.Year, 1000) * 1000),
        "century" => YearStart(CalendarMath.FloorDiv(date.Year, 100) * 100),
        "decade" => YearStart(CalendarMath.FloorDiv(date.Year, 10) * 10),
        "year" => YearStart(date.Year),
        "weekYear" => new CypherDate(CalendarMath.WeekOneMonday(date.WeekYear)),
        "quarter" => CypherDate.Of(date.Year, ((date.Quarter - 1) * 3) + 1, 1),
        "month" => CypherDate.Of(date.Year, date.Month, 1),
        "week" => date.PlusDays(1 - date.DayOfWeek),
        _ => date,
    };

    private static CypherDate YearStart(long year) => CypherDate.Of(year, 1, 1);

    private static CypherLocalTime TruncateTime(CypherLocalTime time, string unit)
    {
        var step = unit switch
        {
            "hour" => 3_600_000_000_000,
            "minute" => 60_000_000_000,
            "second" => CalendarMath.NanosPerSecond,
            "millisecond" => 1_000_000,
            "microsecond" => 1000,
            _ => CalendarMath.NanosPerDay,
        };
        return new CypherLocalTime(time.NanoOfDay - (time.NanoOfDay % step));
    }
}
