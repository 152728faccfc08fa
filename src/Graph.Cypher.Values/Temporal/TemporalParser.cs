using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Values.Temporal;

/// <summary>Parses the string argument of date(), localtime(), time(), localdatetime(), datetime() and duration().</summary>
public static class TemporalParser
{
    public static CypherDate ParseDate(string text) => DateParser.Parse(text);

    public static CypherLocalTime ParseLocalTime(string text)
    {
        var (time, offset, zone) = TimeParser.Parse(text);
        return offset is null && zone is null ? time : throw Fail.Value($"Text cannot be parsed to a LocalTime: '{text}'");
    }

    /// <summary>A time without an offset is taken to be at UTC, the default zone.</summary>
    public static CypherTime ParseTime(string text)
    {
        var (time, offset, zone) = TimeParser.Parse(text);
        if (zone is not null)
        {
            throw Fail.Value($"Text cannot be parsed to a Time: '{text}'");
        }

        return new CypherTime(time.NanoOfDay, offset is null ? 0 : TimeParser.ParseOffset(offset));
    }

    public static CypherLocalDateTime ParseLocalDateTime(string text)
    {
        var (date, timeText) = SplitAtT(text);
        if (timeText is null)
        {
            return new CypherLocalDateTime(date, default);
        }

        var (time, offset, zone) = TimeParser.Parse(timeText);
        return offset is null && zone is null
            ? new CypherLocalDateTime(date, time)
            : throw Fail.Value($"Text cannot be parsed to a LocalDateTime: '{text}'");
    }

    public static CypherDateTime ParseDateTime(string text)
    {
        var (date, timeText) = SplitAtT(text);
        if (timeText is null)
        {
            return CypherDateTime.FromLocal(new CypherLocalDateTime(date, default), CypherZone.Utc);
        }

        var (time, offset, zoneId) = TimeParser.Parse(timeText);
        var local = new CypherLocalDateTime(date, time);
        if (zoneId is not null)
        {
            return CypherDateTime.FromLocal(local, CypherZone.Parse(zoneId));
        }

        return CypherDateTime.FromLocal(local, CypherZone.Fixed(offset is null ? 0 : TimeParser.ParseOffset(offset)));
    }

    public static CypherDuration ParseDuration(string text) => DurationParser.Parse(text);

    private static (CypherDate Date, string? Time) SplitAtT(string text)
    {
        var t = text.IndexOfAny(['T', 't']);
        var datePart = t < 0 ? text : text[..t];
        return (DateParser.Parse(datePart), t < 0 ? null : text[(t + 1)..]);
    }
}
