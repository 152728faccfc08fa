using Graph.Cypher.Values;
using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Engine.Execution.Expressions;

/// <summary>
/// The runtime errors expression evaluation raises, with the TCK class and detail of each. The
/// value library has factories for the common details; the element-access ones are spelled here.
/// </summary>
internal static class RuntimeErrors
{
    public const string ListElementAccessByNonInteger = "ListElementAccessByNonInteger";

    /// <summary>An operand of the wrong type (TypeError: InvalidArgumentType).</summary>
    public static CypherRuntimeException Type(string message) => new(CypherError.InvalidArgumentType(message));

    /// <summary>What an iteration (comprehension, quantifier, reduce) needs: a list.</summary>
    public static CypherRuntimeException NotAList(string construct, CypherValue value) =>
        Type($"{construct} expects a list, not a {value.TypeName}");

    public static CypherRuntimeException ListIndexNotInteger(CypherValue index) =>
        new(new CypherError(CypherErrorClass.TypeError, ListElementAccessByNonInteger, $"List index must be an integer, not a {index.TypeName}"));

    public static CypherRuntimeException KeyNotString(CypherValue key) =>
        new(new CypherError(CypherErrorClass.TypeError, CypherErrorDetail.MapElementAccessByNonString, $"Map and property keys must be strings, not a {key.TypeName}"));
}
