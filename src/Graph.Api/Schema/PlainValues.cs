using System.Globalization;
using System.Text.Json;

namespace Graph.Api.Schema;

/// <summary>Reads property values that may be plain objects or, after Redis, JSON elements.</summary>
public static class PlainValues
{
    public static int? Int(object? value) => value switch
    {
        long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
        int i => i,
        double d when d is >= int.MinValue and <= int.MaxValue => (int)d,
        JsonElement { ValueKind: JsonValueKind.Number } e when e.TryGetInt32(out var i) => i,
        string s when int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) => i,
        _ => null,
    };
}
