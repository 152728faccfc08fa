using System.Globalization;

namespace Graph.Cli.Console;

/// <summary>Human-readable figures for summaries.</summary>
public static class Numbers
{
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Bytes(long value)
    {
        string[] units = ["B", "KiB", "MiB", "GiB", "TiB"];
        double v = value;
        var unit = 0;
        while (v >= 1024 && unit < units.Length - 1)
        {
            v /= 1024;
            unit++;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{v:0.#} {units[unit]}");
    }

    public static string Percent(double fraction) => (fraction * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
}
