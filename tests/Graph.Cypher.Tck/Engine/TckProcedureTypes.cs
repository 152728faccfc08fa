using Graph.Cypher.Binding;

namespace Graph.Cypher.Tck.Engine;

/// <summary>
/// Reads the types of TCK procedure signatures (<c>INTEGER?</c>, <c>NUMBER?</c>, <c>LIST? OF STRING?</c>) into binder types.
/// The binder has no notion of nullability, so the trailing <c>?</c> is dropped; an unknown name becomes Any so that a
/// signature the harness cannot read never rejects a call the engine could run.
/// </summary>
public static class TckProcedureTypes
{
    public static CypherType Parse(string text)
    {
        var type = text.Trim().ToUpperInvariant();
        if (TryList(type, out var element))
        {
            return CypherType.ListOf(Parse(element));
        }

        return type.TrimEnd('?').Trim() switch
        {
            "ANY" => CypherType.Any,
            "BOOLEAN" => CypherType.Boolean,
            "INTEGER" => CypherType.Integer,
            "FLOAT" => CypherType.Float,
            "NUMBER" => CypherType.Number,
            "STRING" => CypherType.String,
            "MAP" => CypherType.Map,
            "NODE" => CypherType.Node,
            "RELATIONSHIP" => CypherType.Relationship,
            "PATH" => CypherType.Path,
            "DATE" => CypherType.Date,
            "LOCALTIME" => CypherType.LocalTime,
            "TIME" => CypherType.Time,
            "LOCALDATETIME" => CypherType.LocalDateTime,
            "DATETIME" => CypherType.DateTime,
            "DURATION" => CypherType.Duration,
            "POINT" => CypherType.Point,
            "LIST" => CypherType.AnyList,
            _ => CypherType.Any,
        };
    }

    /// <summary>Both spellings occur in the wild: <c>LIST? OF INTEGER?</c> and <c>LIST&lt;INTEGER?&gt;</c>.</summary>
    private static bool TryList(string type, out string element)
    {
        element = string.Empty;
        if (!type.StartsWith("LIST", StringComparison.Ordinal))
        {
            return false;
        }

        var rest = type[4..].TrimStart('?').Trim();
        if (rest.StartsWith("OF ", StringComparison.Ordinal))
        {
            element = rest[3..];
            return true;
        }

        if (rest.StartsWith('<') && rest.EndsWith('>'))
        {
            element = rest[1..^1];
            return true;
        }

        return false;
    }
}
