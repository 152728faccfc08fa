using Graph.Cypher.Engine.Execution;
using Graph.Cypher.Values;

namespace Graph.Algorithms.Procedures;

/// <summary>Reads procedure arguments; null always means "not given" (the binder has no optional arguments, so callers pass null).</summary>
internal static class ProcedureArguments
{
    public static IReadOnlyList<string>? Names(IReadOnlyList<CypherValue> arguments, int index, string name)
    {
        CypherValue value = arguments[index];
        if (value.IsNull)
        {
            return null;
        }

        if (value.Kind == CypherValueKind.String)
        {
            return [value.AsString];
        }

        if (value.Kind != CypherValueKind.List || value.AsList.Any(item => item.Kind != CypherValueKind.String))
        {
            throw TypeError($"'{name}' must be a list of strings or null, not {value}.");
        }

        return [.. value.AsList.Select(item => item.AsString)];
    }

    public static int? Integer(IReadOnlyList<CypherValue> arguments, int index, string name, int minimum = 0)
    {
        CypherValue value = arguments[index];
        if (value.IsNull)
        {
            return null;
        }

        if (value.Kind != CypherValueKind.Integer || value.AsInteger < minimum || value.AsInteger > int.MaxValue)
        {
            throw TypeError($"'{name}' must be an integer of at least {minimum}, or null, not {value}.");
        }

        return (int)value.AsInteger;
    }

    public static int? Node(IReadOnlyList<CypherValue> arguments, int index, string name)
    {
        CypherValue value = arguments[index];
        if (value.IsNull)
        {
            return null;
        }

        return value.Kind == CypherValueKind.Node ? value.AsNodeId : throw TypeError($"'{name}' must be a node, not {value}.");
    }

    private static QueryExecutionException TypeError(string message) =>
        new(ExecutionErrorCodes.TypeError, message, "ClientError", "InvalidArgumentType");
}
