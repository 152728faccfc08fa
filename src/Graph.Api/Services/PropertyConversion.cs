using System.Globalization;
using Graph.Storage.Values;

namespace Graph.Api.Services;

/// <summary>
/// Stored values as plain JSON-friendly objects (string, long, double, bool, string[], object[], null); dates and
/// times as ISO text. These survive a round trip through the Redis cache (as JSON) and print the same.
/// </summary>
public static class PropertyConversion
{
    public static object? ToPlain(PropertyValue value) => value.Kind switch
    {
        PropertyKind.Null => null,
        PropertyKind.Boolean => value.AsBoolean,
        PropertyKind.Integer => value.AsInteger,
        PropertyKind.Float => double.IsFinite(value.AsFloat) ? value.AsFloat : value.AsFloat.ToString(CultureInfo.InvariantCulture),
        PropertyKind.String => value.AsString,
        PropertyKind.Date => value.AsDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        PropertyKind.DateTime => value.AsDateTime.ToString("O", CultureInfo.InvariantCulture),
        PropertyKind.StringList => value.AsStringList.ToArray(),
        PropertyKind.List => value.AsList.Select(ToPlain).ToArray(),
        _ => value.ToString(),
    };

    public static string? AsText(PropertyValue value) => value.IsNull ? null : value.Kind == PropertyKind.String ? value.AsString : value.ToString();

    public static DateOnly? AsDate(PropertyValue value) => value.Kind switch
    {
        PropertyKind.Date => value.AsDate,
        PropertyKind.DateTime => DateOnly.FromDateTime(value.AsDateTime.UtcDateTime),
        PropertyKind.String when DateOnly.TryParse(value.AsString, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    public static decimal? AsAmount(PropertyValue value) => value.Kind switch
    {
        PropertyKind.Integer => value.AsInteger,
        PropertyKind.Float when double.IsFinite(value.AsFloat) && Math.Abs(value.AsFloat) < 1e20 => (decimal)value.AsFloat,
        _ => null,
    };
}
