using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Values.Temporal;

/// <summary>Parses ISO dates: calendar (2015-07-21, 20150721, 2015-07), week (2015-W30-2) and ordinal (2015-202) forms.</summary>
internal static partial class DateParser
{
    public static CypherDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw Fail.Value($"Text cannot be parsed to a Date: '{text}'");

    public static bool TryParse(string text, out CypherDate date)
    {
        date = default;
        var match = DatePattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var year = long.Parse(match.Groups["year"].ValueSpan, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        CalendarMath.CheckYear(year);
        if (match.Groups["week"].Success)
        {
            var dayOfWeek = match.Groups["dow"].Success ? Int(match, "dow") : 1;
            date = new CypherDate(CalendarMath.FromWeekDate(year, Int(match, "week"), dayOfWeek));
        }
        else if (match.Groups["ordinal"].Success)
        {
            date = new CypherDate(CalendarMath.FromOrdinal(year, Int(match, "ordinal")));
        }
        else
        {
            var month = match.Groups["month"].Success ? Int(match, "month") : 1;
            var day = match.Groups["day"].Success ? Int(match, "day") : 1;
            date = CypherDate.Of(year, month, day);
        }

        return true;
    }

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    [GeneratedRegex(
        @"^(?<year>\d{4}|[+-]\d{1,9})(?:-?W(?<week>\d{2})(?:-?(?<dow>\d))?|-?(?<ordinal>\d{3})|-?(?<month>\d{2})(?:-?(?<day>\d{2}))?)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
