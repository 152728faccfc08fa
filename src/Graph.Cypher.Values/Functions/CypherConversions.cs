using System.Globalization;
using Graph.Cypher.Values.Errors;
using Graph.Cypher.Values.Formatting;

namespace Graph.Cypher.Values.Functions;

/// <summary>
/// The conversions behind toInteger, toFloat, toBoolean and toString. Each returns null for
/// unparsable text and for null; <paramref name="strict"/> decides whether a value of an
/// unconvertible type is an error (toX) or null (toXOrNull).
/// </summary>
public static class CypherConversions
{
    public static CypherValue ToInteger(CypherValue value, bool strict = true) => value.Kind switch
    {
        CypherValueKind.Null => CypherValue.Null,
        CypherValueKind.Integer => value,
        CypherValueKind.Float => FloatToInteger(value.AsFloat, strict),
        CypherValueKind.Boolean => CypherValue.Integer(value.AsBoolean ? 1 : 0),
        CypherValueKind.String => ParseInteger(value.AsString.Trim()),
        _ => Invalid("toInteger", value, strict),
    };

    public static CypherValue ToFloat(CypherValue value, bool strict = true) => value.Kind switch
    {
        CypherValueKind.Null => CypherValue.Null,
        CypherValueKind.Float => value,
        CypherValueKind.Integer => CypherValue.Float(value.AsInteger),
        CypherValueKind.String => double.TryParse(value.AsString.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
            ? CypherValue.Float(parsed)
            : CypherValue.Null,
        _ => Invalid("toFloat", value, strict),
    };

    public static CypherValue ToBoolean(CypherValue value, bool strict = true) => value.Kind switch
    {
        CypherValueKind.Null => CypherValue.Null,
        CypherValueKind.Boolean => value,
        CypherValueKind.Integer => CypherValue.Boolean(value.AsInteger != 0),
        CypherValueKind.String => value.AsString.Trim().ToLowerInvariant() switch
        {
            "true" => CypherValue.True,
            "false" => CypherValue.False,
            _ => CypherValue.Null,
        },
        _ => Invalid("toBoolean", value, strict),
    };

    public static CypherValue ToCypherString(CypherValue value, bool strict = true) =>
        value.IsNull ? CypherValue.Null : CypherStringConversion.TryConvert(value) is { } text ? CypherValue.String(text) : Invalid("toString", value, strict);

    private static CypherValue ParseInteger(string text)
    {
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return CypherValue.Integer(integer);
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            return FloatToInteger(number, strict: false);
        }

        return CypherValue.Null;
    }

    private static CypherValue FloatToInteger(double value, bool strict)
    {
        var truncated = Math.Truncate(value);
        if (double.IsNaN(value) || truncated < long.MinValue || truncated >= 9_223_372_036_854_775_808.0)
        {
            return strict ? throw Fail.Range($"toInteger: {FloatFormat.Format(value)} is out of the integer range") : CypherValue.Null;
        }

        return CypherValue.Integer((long)truncated);
    }

    private static CypherValue Invalid(string function, CypherValue value, bool strict) =>
        strict ? throw Fail.ArgumentType(function, value) : CypherValue.Null;
}
