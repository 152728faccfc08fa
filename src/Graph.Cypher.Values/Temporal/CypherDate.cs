namespace Graph.Cypher.Values.Temporal;

/// <summary>A calendar date without time or zone, as days since 1970-01-01.</summary>
public readonly record struct CypherDate(long EpochDay)
{
    public long Year => CalendarMath.Civil(EpochDay).Year;

    public int Month => CalendarMath.Civil(EpochDay).Month;

    public int Day => CalendarMath.Civil(EpochDay).Day;

    public int DayOfWeek => CalendarMath.DayOfWeek(EpochDay);

    public int OrdinalDay => (int)(EpochDay - CalendarMath.EpochDay(Year, 1, 1)) + 1;

    public int Quarter => ((Month - 1) / 3) + 1;

    public int DayOfQuarter => (int)(EpochDay - CalendarMath.EpochDay(Year, ((Quarter - 1) * 3) + 1, 1)) + 1;

    public long WeekYear => CalendarMath.WeekDate(EpochDay).WeekYear;

    public int Week => CalendarMath.WeekDate(EpochDay).Week;

    public static CypherDate Of(long year, long month, long day) => new(CalendarMath.FromCalendar(year, month, day));

    public CypherDate PlusDays(long days) => new(checked(EpochDay + days));

    /// <summary>Adds calendar months, clamping the day to the target month's length like ISO-8601 does.</summary>
    public CypherDate PlusMonths(long months)
    {
        if (months == 0)
        {
            return this;
        }

        var (year, month, day) = CalendarMath.Civil(EpochDay);
        var total = checked((year * 12) + (month - 1) + months);
        var newYear = CalendarMath.FloorDiv(total, 12);
        var newMonth = (int)CalendarMath.FloorMod(total, 12) + 1;
        CalendarMath.CheckYear(newYear);
        return new(CalendarMath.EpochDay(newYear, newMonth, Math.Min(day, CalendarMath.DaysInMonth(newYear, newMonth))));
    }

    public int CompareTo(CypherDate other) => EpochDay.CompareTo(other.EpochDay);

    public override string ToString() => TemporalFormat.Date(this);
}
