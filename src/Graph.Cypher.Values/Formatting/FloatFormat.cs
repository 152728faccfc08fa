using System.Globalization;
using System.Text;

namespace Graph.Cypher.Values.Formatting;

/// <summary>
/// Prints floats the way Cypher (and Java's Double.toString) does: shortest round-trip digits,
/// always a fractional part (1.0), plain notation for 1e-3 ≤ |x| &lt; 1e7, otherwise 1.0E-305.
/// </summary>
public static class FloatFormat
{
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return double.IsNegative(value) ? "-0.0" : "0.0";
        }

        var (digits, exponent) = Decompose(Math.Abs(value));
        var text = new StringBuilder(value < 0 ? "-" : string.Empty);
        var magnitude = Math.Abs(value);
        if (magnitude is >= 1e-3 and < 1e7)
        {
            AppendPlain(text, digits, exponent);
        }
        else
        {
            text.Append(digits[0]).Append('.').Append(digits.Length > 1 ? digits[1..] : "0").Append('E').Append(exponent - 1);
        }

        return text.ToString();
    }

    private static void AppendPlain(StringBuilder text, string digits, int exponent)
    {
        if (exponent <= 0)
        {
            text.Append("0.").Append('0', -exponent).Append(digits);
        }
        else if (exponent >= digits.Length)
        {
            text.Append(digits).Append('0', exponent - digits.Length).Append(".0");
        }
        else
        {
            text.Append(digits[..exponent]).Append('.').Append(digits[exponent..]);
        }
    }

    /// <summary>Shortest digits d1d2… and exponent e with value = 0.d1d2… × 10^e.</summary>
    private static (string Digits, int Exponent) Decompose(double magnitude)
    {
        var text = magnitude.ToString("R", CultureInfo.InvariantCulture);
        var e = text.IndexOfAny(['E', 'e']);
        var exponent = e < 0 ? 0 : int.Parse(text[(e + 1)..], CultureInfo.InvariantCulture);
        var mantissa = e < 0 ? text : text[..e];
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = dot < 0 ? mantissa : mantissa.Remove(dot, 1);
        var point = dot < 0 ? mantissa.Length : dot;
        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        return (digits.Length == 0 ? "0" : digits, point - leadingZeros + exponent);
    }
}
