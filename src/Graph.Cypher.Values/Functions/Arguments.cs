using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Values.Functions;

/// <summary>Typed reads of function arguments that fail with the TCK's error for a wrong type.</summary>
internal static class Arguments
{
    public static bool AnyNull(ReadOnlySpan<CypherValue> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument.IsNull)
            {
                return true;
            }
        }

        return false;
    }

    public static string String(ReadOnlySpan<CypherValue> arguments, int index, string function) =>
        arguments[index].Kind == CypherValueKind.String ? arguments[index].AsString : throw Fail.ArgumentType(function, arguments[index]);

    public static long Integer(ReadOnlySpan<CypherValue> arguments, int index, string function) =>
        arguments[index].Kind == CypherValueKind.Integer ? arguments[index].AsInteger : throw Fail.ArgumentType(function, arguments[index]);

    public static double Number(ReadOnlySpan<CypherValue> arguments, int index, string function) =>
        arguments[index].IsNumber ? arguments[index].AsNumber : throw Fail.ArgumentType(function, arguments[index]);

    /// <summary>A non-negative int length or index, as substring/left/right take.</summary>
    public static int Length(ReadOnlySpan<CypherValue> arguments, int index, string function)
    {
        var value = Integer(arguments, index, function);
        return value switch
        {
            < 0 => throw Fail.Value($"{function}: negative argument {value}"),
            > int.MaxValue => int.MaxValue,
            _ => (int)value,
        };
    }
}
