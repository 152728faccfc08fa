using System.Collections;
using System.Globalization;
using System.Text.Json;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Collections;

namespace Graph.Api.Services;

/// <summary>GraphQL JSON values (from variables or literals) as Cypher parameters.</summary>
public static class CypherParameters
{
    public static Dictionary<string, CypherValue> From(IDictionary<string, object?>? values)
    {
        var parameters = new Dictionary<string, CypherValue>(StringComparer.Ordinal);
        if (values is null)
        {
            return parameters;
        }

        foreach (var (key, value) in values)
        {
            parameters[key] = ToCypher(value);
        }

        return parameters;
    }

    public static CypherValue ToCypher(object? value) => value switch
    {
        null => CypherValue.Null,
        bool b => CypherValue.Boolean(b),
        string s => CypherValue.String(s),
        int i => CypherValue.Integer(i),
        long l => CypherValue.Integer(l),
        short s => CypherValue.Integer(s),
        byte b => CypherValue.Integer(b),
        System.Numerics.BigInteger big when big >= long.MinValue && big <= long.MaxValue => CypherValue.Integer((long)big),
        decimal d when d == decimal.Truncate(d) && d >= long.MinValue && d <= long.MaxValue => CypherValue.Integer((long)d),
        decimal d => CypherValue.Float((double)d),
        double d => CypherValue.Float(d),
        float f => CypherValue.Float(f),
        JsonElement element => FromJson(element),
        IDictionary<string, object?> map => CypherValue.Map(new CypherMap(map.Select(p => new KeyValuePair<string, CypherValue>(p.Key, ToCypher(p.Value))))),
        IEnumerable list => CypherValue.List(new CypherList(list.Cast<object?>().Select(ToCypher))),
        _ => CypherValue.String(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    private static CypherValue FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => CypherValue.Null,
        JsonValueKind.True => CypherValue.True,
        JsonValueKind.False => CypherValue.False,
        JsonValueKind.String => CypherValue.String(element.GetString()),
        JsonValueKind.Number when element.TryGetInt64(out var l) => CypherValue.Integer(l),
        JsonValueKind.Number => CypherValue.Float(element.GetDouble()),
        JsonValueKind.Array => CypherValue.List(new CypherList(element.EnumerateArray().Select(FromJson))),
        _ => CypherValue.Map(new CypherMap(element.EnumerateObject().Select(p => new KeyValuePair<string, CypherValue>(p.Name, FromJson(p.Value))))),
    };
}
