using Graph.Cypher.Values;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>Reads a value as a truth value of three-valued logic; anything but a boolean or null is a type error.</summary>
internal static class ThreeValued
{
    /// <summary>true, false, or null for null.</summary>
    public static bool? Truth(CypherValue value, string operation) => value.Kind switch
    {
        CypherValueKind.Boolean => value.AsBoolean,
        CypherValueKind.Null => null,
        _ => throw RuntimeErrors.Type($"{operation} expects booleans, not a {value.TypeName}"),
    };
}
