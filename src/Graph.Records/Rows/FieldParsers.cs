using System.Globalization;

namespace Graph.Records.Rows;

/// <summary>The spec's value formats, in one place: dates, timestamps, amounts, integers, booleans.</summary>
public static class FieldParsers
{
    public static bool TryDate(string text, out DateOnly value) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    /// <summary>ISO-8601; a timestamp without an offset is read as China Standard Time (+08:00).</summary>
    public static bool TryTimestamp(string text, out DateTimeOffset value)
    {
        var t = text.Trim();
        if (DateTime.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var dt))
        {
            value = dt.Kind switch
            {
                DateTimeKind.Utc => new DateTimeOffset(dt, TimeSpan.Zero),
                DateTimeKind.Local => DateTimeOffset.Parse(t, CultureInfo.InvariantCulture),
                _ => new DateTimeOffset(dt, TimeSpan.FromHours(8)),
            };
            return true;
        }

        value = default;
        return false;
    }

    public static bool TryDecimal(string text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    public static bool TryInteger(string text, out long value) =>
        long.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out value);

    public static bool TryBoolean(string text, out bool value)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "true" or "1" or "yes":
                value = true;
                return true;
            case "false" or "0" or "no":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }
}
