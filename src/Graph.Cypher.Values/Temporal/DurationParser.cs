using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Values.Temporal;

/// <summary>Parses ISO-8601 durations (P1Y2M3W4DT5H6M7.5S, fractions and signed parts allowed) and the P2012-02-02T14:37:21.545 form.</summary>
internal static partial class DurationParser
{
    public static CypherDuration Parse(string text)
    {
        var match = UnitPattern().Match(text);
        if (match.Success && text.Length > 1 && text is not "P" and not "PT" && !text.EndsWith('T'))
        {
            var parts = new DurationComponents
            {
                Years = Number(match, "y"),
                Months = Number(match, "mo"),
                Weeks = Number(match, "w"),
                Days = Number(match, "d"),
                Hours = Number(match, "h"),
                Minutes = Number(match, "mi"),
                Seconds = Number(match, "s"),
            };
            var duration = DurationBuilder.FromComponents(parts);
            return match.Groups["neg"].Success ? -duration : duration;
        }

        var alternative = AlternativePattern().Match(text);
        if (alternative.Success)
        {
            var parts = new DurationComponents
            {
                Years = Number(alternative, "y"),
                Months = Number(alternative, "mo"),
                Days = Number(alternative, "d"),
                Hours = Number(alternative, "h"),
                Minutes = Number(alternative, "mi"),
                Seconds = Number(alternative, "s"),
            };
            return DurationBuilder.FromComponents(parts);
        }

        throw Fail.Value($"Text cannot be parsed to a Duration: '{text}'");
    }

    private static decimal Number(Match match, string group)
    {
        if (!match.Groups[group].Success)
        {
            return 0m;
        }

        var text = match.Groups[group].Value.Replace(',', '.');
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Fail.Range($"Duration component out of range: {text}");
    }

    [GeneratedRegex(
        @"^(?<neg>-)?P(?:(?<y>[+-]?\d+(?:[.,]\d+)?)Y)?(?:(?<mo>[+-]?\d+(?:[.,]\d+)?)M)?(?:(?<w>[+-]?\d+(?:[.,]\d+)?)W)?(?:(?<d>[+-]?\d+(?:[.,]\d+)?)D)?" +
        @"(?:T(?:(?<h>[+-]?\d+(?:[.,]\d+)?)H)?(?:(?<mi>[+-]?\d+(?:[.,]\d+)?)M)?(?:(?<s>[+-]?\d+(?:[.,]\d{1,9})?)S)?)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UnitPattern();

    [GeneratedRegex(
        @"^P(?<y>\d{4})-?(?<mo>\d{2})-?(?<d>\d{2})(?:T(?<h>\d{2}):?(?<mi>\d{2}):?(?<s>\d{2}(?:[.,]\d{1,9})?))?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex AlternativePattern();
}
