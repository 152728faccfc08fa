using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Values.Functions;

/// <summary>
/// A scalar function: its (namespaced) name, arity bounds and whether it is deterministic, so the
/// planner may fold it over constant arguments.
/// </summary>
public sealed record CypherFunction(string Name, int MinArity, int MaxArity, bool IsDeterministic, CypherFunctionBody Body)
{
    public bool AcceptsArity(int count) => count >= MinArity && count <= MaxArity;

    public CypherValue Invoke(ReadOnlySpan<CypherValue> arguments, FunctionContext context)
    {
        if (!AcceptsArity(arguments.Length))
        {
            throw new CypherRuntimeException(CypherError.InvalidNumberOfArguments(Name, arguments.Length));
        }

        return Body(arguments, context);
    }
}
