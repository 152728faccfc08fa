using System.Text.Json;

namespace Graph.Api.Security;

/// <summary>
/// Masks identifier properties (by name) and identifiers inside any other text of a property map. Values may be
/// plain objects or, after a trip through Redis, JSON elements; both are handled.
/// </summary>
public static class PropertyMasking
{
    public static IReadOnlyDictionary<string, object?> Apply(IReadOnlyDictionary<string, object?> properties)
    {
        var masked = new Dictionary<string, object?>(properties.Count, StringComparer.Ordinal);
        foreach (var (key, value) in properties)
        {
            masked[key] = Value(value, IdentifierMasker.IsIdentifierKey(key));
        }

        return masked;
    }

    private static object? Value(object? value, bool identifier) => value switch
    {
        string text => identifier ? IdentifierMasker.Mask(text) : IdentifierMasker.MaskText(text),
        string[] texts => texts.Select(t => Value(t, identifier)).ToArray(),
        object?[] items => items.Select(i => Value(i, identifier)).ToArray(),
        JsonElement { ValueKind: JsonValueKind.String } element => Value(element.GetString(), identifier),
        JsonElement { ValueKind: JsonValueKind.Array } element => element.EnumerateArray().Select(e => Value(e, identifier)).ToArray(),
        _ => value,
    };
}
