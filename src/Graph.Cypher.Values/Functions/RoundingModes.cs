using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Values.Functions;

/// <summary>round(x, precision, mode) with Java's RoundingMode names, computed in decimal to avoid binary surprises.</summary>
internal static class RoundingModes
{
    public static double Round(double value, long precision, string mode)
    {
        if (!double.IsFinite(value) || precision > 15 || Math.Abs(value) > 7.9e27)
        {
            return value;
        }

        var digits = (int)Math.Max(precision, -28);
        var scale = Pow10(Math.Abs(digits));
        var scaled = digits >= 0 ? (decimal)value * scale : (decimal)value / scale;
        var rounded = mode.ToUpperInvariant() switch
        {
            "UP" => scaled < 0 ? decimal.Floor(scaled) : decimal.Ceiling(scaled),
            "DOWN" => decimal.Truncate(scaled),
            "CEILING" => decimal.Ceiling(scaled),
            "FLOOR" => decimal.Floor(scaled),
            "HALF_UP" => decimal.Round(scaled, MidpointRounding.AwayFromZero),
            "HALF_DOWN" => decimal.Round(scaled, MidpointRounding.ToZero),
            "HALF_EVEN" => decimal.Round(scaled, MidpointRounding.ToEven),
            _ => throw Fail.Value($"round: unknown rounding mode '{mode}'"),
        };
        return (double)(digits >= 0 ? rounded / scale : rounded * scale);
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
