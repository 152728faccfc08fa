namespace Graph.Cypher.Values.Errors;

/// <summary>Short throw helpers so call sites read as the rule they enforce.</summary>
internal static class Fail
{
    public static CypherRuntimeException Type(string message) => new(CypherError.InvalidArgumentType(message));

    public static CypherRuntimeException Value(string message) => new(CypherError.InvalidArgumentValue(message));

    public static CypherRuntimeException Range(string message) => new(CypherError.NumberOutOfRange(message));

    public static CypherRuntimeException Overflow(string message) => new(CypherError.IntegerOverflow(message));

    /// <summary>A function given a value of the wrong type; the TCK files this as TypeError: InvalidArgumentValue.</summary>
    public static CypherRuntimeException ArgumentType(string function, CypherValue value) =>
        new(new CypherError(CypherErrorClass.TypeError, CypherErrorDetail.InvalidArgumentValue, $"{function}: cannot be applied to a {value.TypeName}"));
}
