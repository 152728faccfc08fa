using System.Globalization;
using System.Text;

namespace Graph.Cypher.Values.Temporal;

/// <summary>The ISO-8601 renderings Cypher prints (the shapes the TCK's result tables use).</summary>
internal static class TemporalFormat
{
    public static string Date(CypherDate date)
    {
        var (year, month, day) = CalendarMath.Civil(date.EpochDay);
        return $"{Year(year)}-{month:D2}-{day:D2}";
    }

    public static string Year(long year) => year switch
    {
        > 9999 => "+" + year.ToString(CultureInfo.InvariantCulture),
        >= 0 => year.ToString("D4", CultureInfo.InvariantCulture),
        _ => "-" + (-year).ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>HH:mm, then seconds only when needed, then a fraction of 3, 6 or 9 digits.</summary>
    public static string Time(CypherLocalTime time)
    {
        var builder = new StringBuilder(18);
        builder.Append(CultureInfo.InvariantCulture, $"{time.Hour:D2}:{time.Minute:D2}");
        var nano = time.Nanosecond;
        if (time.Second == 0 && nano == 0)
        {
            return builder.ToString();
        }

        builder.Append(CultureInfo.InvariantCulture, $":{time.Second:D2}");
        if (nano == 0)
        {
            return builder.ToString();
        }

        if (nano % 1_000_000 == 0)
        {
            builder.Append(CultureInfo.InvariantCulture, $".{nano / 1_000_000:D3}");
        }
        else if (nano % 1000 == 0)
        {
            builder.Append(CultureInfo.InvariantCulture, $".{nano / 1000:D6}");
        }
        else
        {
            builder.Append(CultureInfo.InvariantCulture, $".{nano:D9}");
        }

        return builder.ToString();
    }

    public static string Offset(int offsetSeconds)
    {
        if (offsetSeconds == 0)
        {
            return "Z";
        }

        var sign = offsetSeconds < 0 ? '-' : '+';
        var total = Math.Abs(offsetSeconds);
        var text = $"{sign}{total / 3600:D2}:{total / 60 % 60:D2}";
        return total % 60 == 0 ? text : $"{text}:{total % 60:D2}";
    }

    /// <summary>Nine fraction digits with trailing zeros removed, as durations print seconds.</summary>
    public static string Fraction(long nanos) =>
        nanos == 0 ? string.Empty : "." + nanos.ToString("D9", CultureInfo.InvariantCulture).TrimEnd('0');
}
