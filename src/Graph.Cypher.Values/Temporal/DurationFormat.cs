using System.Globalization;
using System.Text;

namespace Graph.Cypher.Values.Temporal;

/// <summary>Renders P[nY][nM][nD][T[nH][nM][n.nS]] with each component carrying its own sign.</summary>
internal static class DurationFormat
{
    public static string Format(CypherDuration duration)
    {
        var text = new StringBuilder("P");
        Append(text, duration.Months / 12, 'Y');
        Append(text, duration.Months % 12, 'M');
        Append(text, duration.Days, 'D');
        if (duration.Seconds != 0 || duration.Nanos != 0)
        {
            AppendTime(text, duration.Seconds, duration.Nanos);
        }

        return text.Length == 1 ? "PT0S" : text.ToString();
    }

    private static void AppendTime(StringBuilder text, long seconds, long nanos)
    {
        // Show negative sub-seconds with the seconds' sign: -1.5 s is stored as -2 s + 0.5e9 ns.
        if (seconds < 0 && nanos != 0)
        {
            seconds++;
            nanos -= CalendarMath.NanosPerSecond;
        }

        text.Append('T');
        Append(text, seconds / 3600, 'H');
        seconds %= 3600;
        Append(text, seconds / 60, 'M');
        seconds %= 60;
        if (seconds != 0)
        {
            text.Append(seconds.ToString(CultureInfo.InvariantCulture)).Append(TemporalFormat.Fraction(Math.Abs(nanos))).Append('S');
        }
        else if (nanos != 0)
        {
            text.Append(nanos < 0 ? "-0" : "0").Append(TemporalFormat.Fraction(Math.Abs(nanos))).Append('S');
        }
    }

    private static void Append(StringBuilder text, long value, char unit)
    {
        if (value != 0)
        {
            text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }
}
