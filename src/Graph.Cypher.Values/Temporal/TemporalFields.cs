using Graph.Cypher.Values.Collections;
using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Values.Temporal;

/// <summary>Typed, case-insensitive access to the fields of a temporal constructor map.</summary>
internal sealed class TemporalFields
{
    private readonly Dictionary<string, CypherValue> _values = new(StringComparer.OrdinalIgnoreCase);

    public TemporalFields(CypherMap map, HashSet<string> knownKeys)
    {
        foreach (var (key, value) in map)
        {
            if (!knownKeys.Contains(key))
            {
                throw Fail.Value($"No such field: '{key}'");
            }

            if (!value.IsNull)
            {
                _values[key] = value;
            }
        }
    }

    public bool Has(string key) => _values.ContainsKey(key);

    public long? OptionalInteger(string key) => Has(key) ? Integer(key) : null;

    public long Integer(string key)
    {
        var value = _values[key];
        return value.Kind switch
        {
            CypherValueKind.Integer => value.AsInteger,
            CypherValueKind.Float when value.AsFloat == Math.Floor(value.AsFloat) => (long)value.AsFloat,
            _ => throw Fail.Type($"Field '{key}' must be an integer, not {value}"),
        };
    }

    public string String(string key) =>
        _values[key].Kind == CypherValueKind.String ? _values[key].AsString : throw Fail.Type($"Field '{key}' must be a string");

    public TemporalParts? Temporal(string key) => Has(key) ? TemporalParts.Of(_values[key]) : null;
}
