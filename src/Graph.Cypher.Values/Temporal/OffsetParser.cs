using System.Text.RegularExpressions;

namespace Graph.Cypher.Values.Temporal;

/// <summary>Parses UTC offsets: Z, ±HH, ±HHMM, ±HH:MM, ±HH:MM:SS, ±HHMMSS.</summary>
internal static partial class OffsetParser
{
    public const int MaxOffsetSeconds = 18 * 3600;

    public static bool TryParse(string text, out int offsetSeconds)
    {
        offsetSeconds = 0;
        if (text is "Z" or "z")
        {
            return true;
        }

        var match = OffsetPattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var hours = int.Parse(match.Groups["h"].ValueSpan);
        var minutes = match.Groups["m"].Success ? int.Parse(match.Groups["m"].ValueSpan) : 0;
        var seconds = match.Groups["s"].Success ? int.Parse(match.Groups["s"].ValueSpan) : 0;
        if (minutes > 59 || seconds > 59)
        {
            return false;
        }

        offsetSeconds = ((hours * 3600) + (minutes * 60) + seconds) * (match.Groups["sign"].Value == "-" ? -1 : 1);
        return Math.Abs(offsetSeconds) <= MaxOffsetSeconds;
    }

    [GeneratedRegex(@"^(?<sign>[+-])(?<h>\d{2})(?::?(?<m>\d{2})(?::?(?<s>\d{2}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetPattern();
}
