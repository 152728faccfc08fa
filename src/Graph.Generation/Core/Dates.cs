using System.Globalization;

namespace Graph.Generation.Core;

public static class Dates
{
    /// <summary>The window all records fall in; rings and traps draw from it too so dates never give them away.</summary>
    public static readonly DateOnly First = new(2016, 1, 1);
    public static readonly DateOnly Last = new(2025, 6, 30);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Iso(DateOnly? date) => date is { } d ? Iso(d) : null;

    public static string Timestamp(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss'+08:00'", CultureInfo.InvariantCulture);

    public static string Money(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Prices are quoted in whole hundreds of yuan.</summary>
    public static decimal Hundreds(decimal value) => Math.Round(value / 100) * 100;

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static DateOnly Clamp(DateOnly date) => date < First ? First : date > Last ? Last : date;
}
