using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Values.Temporal;

/// <summary>
/// Proleptic Gregorian arithmetic on epoch days (days since 1970-01-01). Written by hand because
/// Cypher dates span years ±999,999,999, far beyond <see cref="DateOnly"/>.
/// </summary>
internal static class CalendarMath
{
    public const long MinYear = -999_999_999;
    public const long MaxYear = 999_999_999;
    public const long NanosPerSecond = 1_000_000_000;
    public const long SecondsPerDay = 86_400;
    public const long NanosPerDay = SecondsPerDay * NanosPerSecond;

    public static bool IsLeapYear(long year) => (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);

    public static int DaysInMonth(long year, int month) => month switch
    {
        2 => IsLeapYear(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    public static int DaysInYear(long year) => IsLeapYear(year) ? 366 : 365;

    // Howard Hinnant's days_from_civil, valid for the whole long range we use.
    public static long EpochDay(long year, int month, int day)
    {
        var y = month <= 2 ? year - 1 : year;
        var era = (y >= 0 ? y : y - 399) / 400;
        var yearOfEra = y - (era * 400);
        var dayOfYear = (((153 * (month + (month > 2 ? -3 : 9))) + 2) / 5) + day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146097) + dayOfEra - 719468;
    }

    public static (long Year, int Month, int Day) Civil(long epochDay)
    {
        var z = epochDay + 719468;
        var era = (z >= 0 ? z : z - 146096) / 146097;
        var dayOfEra = z - (era * 146097);
        var yearOfEra = (dayOfEra - (dayOfEra / 1460) + (dayOfEra / 36524) - (dayOfEra / 146096)) / 365;
        var dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
        var mp = ((5 * dayOfYear) + 2) / 153;
        var day = (int)(dayOfYear - (((153 * mp) + 2) / 5) + 1);
        var month = (int)(mp < 10 ? mp + 3 : mp - 9);
        return (yearOfEra + (era * 400) + (month <= 2 ? 1 : 0), month, day);
    }

    /// <summary>ISO day of week, Monday = 1 … Sunday = 7; 1970-01-01 was a Thursday.</summary>
    public static int DayOfWeek(long epochDay) => (int)FloorMod(epochDay + 3, 7) + 1;

    public static long FloorMod(long x, long y) => ((x % y) + y) % y;

    public static long FloorDiv(long x, long y) => (x - FloorMod(x, y)) / y;

    public static long WeekOneMonday(long weekYear)
    {
        var january4 = EpochDay(weekYear, 1, 4);
        return january4 - (DayOfWeek(january4) - 1);
    }

    public static int WeeksInWeekYear(long weekYear) =>
        (int)((WeekOneMonday(weekYear + 1) - WeekOneMonday(weekYear)) / 7);

    public static (long WeekYear, int Week) WeekDate(long epochDay)
    {
        var thursday = epochDay - DayOfWeek(epochDay) + 4;
        var (year, _, _) = Civil(thursday);
        var week = (int)((thursday - EpochDay(year, 1, 1)) / 7) + 1;
        return (year, week);
    }

    public static long FromWeekDate(long weekYear, long week, long dayOfWeek)
    {
        CheckRange("week", week, 1, WeeksInWeekYear(weekYear));
        CheckRange("dayOfWeek", dayOfWeek, 1, 7);
        return WeekOneMonday(weekYear) + ((week - 1) * 7) + (dayOfWeek - 1);
    }

    public static long FromCalendar(long year, long month, long day)
    {
        CheckYear(year);
        CheckRange("month", month, 1, 12);
        CheckRange("day", day, 1, DaysInMonth(year, (int)month));
        return EpochDay(year, (int)month, (int)day);
    }

    public static long FromOrdinal(long year, long ordinalDay)
    {
        CheckYear(year);
        CheckRange("ordinalDay", ordinalDay, 1, DaysInYear(year));
        return EpochDay(year, 1, 1) + ordinalDay - 1;
    }

    public static long FromQuarter(long year, long quarter, long dayOfQuarter)
    {
        CheckYear(year);
        CheckRange("quarter", quarter, 1, 4);
        var start = EpochDay(year, (int)((quarter - 1) * 3) + 1, 1);
        var end = quarter == 4 ? EpochDay(year + 1, 1, 1) : EpochDay(year, (int)(quarter * 3) + 1, 1);
        CheckRange("dayOfQuarter", dayOfQuarter, 1, end - start);
        return start + dayOfQuarter - 1;
    }

    public static void CheckYear(long year) => CheckRange("year", year, MinYear, MaxYear);

    public static void CheckRange(string field, long value, long min, long max)
    {
        if (value < min || value > max)
        {
            throw Fail.Value($"Invalid value for {field} (valid values {min} - {max}): {value}");
        }
    }
}
