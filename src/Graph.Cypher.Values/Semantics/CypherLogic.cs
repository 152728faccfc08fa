using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Values.Semantics;

/// <summary>Three-valued AND, OR, XOR and NOT over booleans and null; anything else is a type error.</summary>
public static class CypherLogic
{
    public static CypherValue And(CypherValue left, CypherValue right)
    {
        var (a, b) = (Truth(left, "AND"), Truth(right, "AND"));
        if (a == false || b == false)
        {
            return CypherValue.False;
        }

        return a is null || b is null ? CypherValue.Null : CypherValue.True;
    }

    public static CypherValue Or(CypherValue left, CypherValue right)
    {
        var (a, b) = (Truth(left, "OR"), Truth(right, "OR"));
        if (a == true || b == true)
        {
            return CypherValue.True;
        }

        return a is null || b is null ? CypherValue.Null : CypherValue.False;
    }

    public static CypherValue Xor(CypherValue left, CypherValue right)
    {
        var (a, b) = (Truth(left, "XOR"), Truth(right, "XOR"));
        return a is null || b is null ? CypherValue.Null : CypherValue.Boolean(a.Value != b.Value);
    }

    public static CypherValue Not(CypherValue value) =>
        Truth(value, "NOT") is { } truth ? CypherValue.Boolean(!truth) : CypherValue.Null;

    /// <summary>A WHERE predicate passes only on true; false and null both filter the row out.</summary>
    public static bool IsTrue(CypherValue value) => value.Kind == CypherValueKind.Boolean && value.AsBoolean;

    private static bool? Truth(CypherValue value, string operation) => value.Kind switch
    {
        CypherValueKind.Null => null,
        CypherValueKind.Boolean => value.AsBoolean,
        _ => throw Fail.Type($"{operation} expects booleans, not a {value.TypeName}"),
    };
}
