using System.Globalization;

namespace Graph.Cypher.Values.Formatting;

/// <summary>The text toString() and string concatenation give a scalar: no quotes, ISO forms for temporals.</summary>
public static class CypherStringConversion
{
    /// <summary>The string form, or null when the value has none (lists, maps, graph elements, null).</summary>
    public static string? TryConvert(CypherValue value) => value.Kind switch
    {
        CypherValueKind.String => value.AsString,
        CypherValueKind.Integer => value.AsInteger.ToString(CultureInfo.InvariantCulture),
        CypherValueKind.Float => FloatFormat.Format(value.AsFloat),
        CypherValueKind.Boolean => value.AsBoolean ? "true" : "false",
        CypherValueKind.Date => value.AsDate.ToString(),
        CypherValueKind.LocalTime => value.AsLocalTime.ToString(),
        CypherValueKind.Time => value.AsTime.ToString(),
        CypherValueKind.LocalDateTime => value.AsLocalDateTime.ToString(),
        CypherValueKind.DateTime => value.AsDateTime.ToString(),
        CypherValueKind.Duration => value.AsDuration.ToString(),
        _ => null,
    };
}
