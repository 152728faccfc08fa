namespace Graph.Cypher.Values.Temporal;

/// <summary>Duration components: totals per unit (dur.minutes) and the remainder within the next unit (dur.minutesOfHour).</summary>
internal static class DurationAccessors
{
    public static CypherValue? Get(CypherDuration d, string name) => name switch
    {
        "years" => d.Months / 12,
        "quarters" => d.Months / 3,
        "months" => d.Months,
        "weeks" => d.Days / 7,
        "days" => d.Days,
        "hours" => d.Seconds / 3600,
        "minutes" => d.Seconds / 60,
        "seconds" => d.Seconds,
        "milliseconds" => (d.Seconds * 1000) + (d.Nanos / 1_000_000),
        "microseconds" => (d.Seconds * 1_000_000) + (d.Nanos / 1000),
        "nanoseconds" => (d.Seconds * 1_000_000_000) + d.Nanos,
        "quartersOfYear" => d.Months / 3 % 4,
        "monthsOfQuarter" => d.Months % 3,
        "monthsOfYear" => d.Months % 12,
        "daysOfWeek" => d.Days % 7,
        "hoursOfDay" => d.Seconds / 3600 % 24,
        "minutesOfHour" => d.Seconds / 60 % 60,
        "secondsOfMinute" => d.Seconds % 60,
        "millisecondsOfSecond" => (long)(d.Nanos / 1_000_000),
        "microsecondsOfSecond" => (long)(d.Nanos / 1000),
        "nanosecondsOfSecond" => (long)d.Nanos,
        _ => null,
    };
}
