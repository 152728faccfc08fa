using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Values.Temporal;

/// <summary>Parses HH[:MM[:SS[.fffffffff]]] (colons optional) with an optional offset and [Zone/Id] suffix.</summary>
internal static partial class TimeParser
{
    public static (CypherLocalTime Time, string? Offset, string? ZoneId) Parse(string text)
    {
        var match = TimePattern().Match(text);
        if (!match.Success)
        {
            throw Fail.Value($"Text cannot be parsed to a Time: '{text}'");
        }

        var hour = Int(match, "h");
        var minute = match.Groups["m"].Success ? Int(match, "m") : 0;
        var second = match.Groups["s"].Success ? Int(match, "s") : 0;
        var fraction = match.Groups["f"].Success ? match.Groups["f"].Value.PadRight(9, '0') : "0";
        var time = CypherLocalTime.Of(hour, minute, second, long.Parse(fraction, CultureInfo.InvariantCulture));
        var offset = match.Groups["offset"].Success ? match.Groups["offset"].Value : null;
        var zone = match.Groups["zone"].Success ? match.Groups["zone"].Value : null;
        return (time, offset, zone);
    }

    public static int ParseOffset(string offset) =>
        OffsetParser.TryParse(offset, out var seconds) ? seconds : throw Fail.Value($"Invalid offset: '{offset}'");

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    [GeneratedRegex(
        @"^(?<h>\d{2})(?::?(?<m>\d{2})(?::?(?<s>\d{2})(?:[.,](?<f>\d{1,9}))?)?)?(?<offset>Z|[+-]\d{2}(?::?\d{2}(?::?\d{2})?)?)?(?:\[(?<zone>[^\]]+)\])?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TimePattern();
}
