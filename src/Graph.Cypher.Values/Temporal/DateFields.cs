using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Values.Temporal;

/// <summary>Resolves the date named by calendar, week, ordinal or quarter fields, defaulting from a base date.</summary>
internal static class DateFields
{
    public static CypherDate Resolve(TemporalFields fields, CypherDate? baseDate)
    {
        var year = fields.OptionalInteger("year");
        var week = fields.OptionalInteger("week");
        var dayOfWeek = fields.OptionalInteger("dayOfWeek");
        var ordinalDay = fields.OptionalInteger("ordinalDay");
        var quarter = fields.OptionalInteger("quarter");
        var month = fields.OptionalInteger("month");
        var day = fields.OptionalInteger("day");
        var anyField = year ?? week ?? dayOfWeek ?? ordinalDay ?? quarter ?? month ?? day ?? fields.OptionalInteger("dayOfQuarter");
        if (anyField is null)
        {
            return baseDate ?? throw Fail.Value("A date needs at least a year or a base date");
        }

        if (week is not null || (dayOfWeek is not null && month is null && day is null && baseDate is not null))
        {
            var weekYear = year ?? baseDate?.WeekYear ?? throw MissingYear();
            return new CypherDate(CalendarMath.FromWeekDate(
                weekYear, week ?? baseDate!.Value.Week, dayOfWeek ?? baseDate?.DayOfWeek ?? 1));
        }

        var calendarYear = year ?? baseDate?.Year ?? throw MissingYear();
        if (ordinalDay is not null)
        {
            return new CypherDate(CalendarMath.FromOrdinal(calendarYear, ordinalDay.Value));
        }

        if (quarter is not null)
        {
            var dayOfQuarter = fields.OptionalInteger("dayOfQuarter") ?? baseDate?.DayOfQuarter ?? 1;
            return new CypherDate(CalendarMath.FromQuarter(calendarYear, quarter.Value, dayOfQuarter));
        }

        return CypherDate.Of(calendarYear, month ?? baseDate?.Month ?? 1, day ?? baseDate?.Day ?? 1);
    }

    private static CypherRuntimeException MissingYear() => Fail.Value("year must be specified");
}
