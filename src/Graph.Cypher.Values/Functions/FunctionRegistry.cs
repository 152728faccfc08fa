using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Values.Functions;

/// <summary>Scalar functions by case-insensitive name ("toUpper", "date.truncate").</summary>
public sealed class FunctionRegistry
{
    private readonly Dictionary<string, CypherFunction> _functions = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The standard library: string, list, math, conversion, graph, path and temporal functions.</summary>
    public static FunctionRegistry Default { get; } = CreateDefault();

    public IEnumerable<CypherFunction> Functions => _functions.Values;

    public static FunctionRegistry CreateDefault()
    {
        var registry = new FunctionRegistry();
        StringFunctions.Register(registry);
        ListFunctions.Register(registry);
        MathFunctions.Register(registry);
        TrigonometricFunctions.Register(registry);
        ConversionFunctions.Register(registry);
        ConversionListFunctions.Register(registry);
        GraphFunctions.Register(registry);
        TemporalConstructorFunctions.Register(registry);
        TemporalHelperFunctions.Register(registry);
        return registry;
    }

    public void Register(CypherFunction function) => _functions[function.Name] = function;

    public void Register(string name, int minArity, int maxArity, CypherFunctionBody body, bool deterministic = true) =>
        Register(new CypherFunction(name, minArity, maxArity, deterministic, body));

    public bool TryGet(string name, out CypherFunction function) => _functions.TryGetValue(name, out function!);

    public CypherFunction Get(string name) =>
        _functions.TryGetValue(name, out var function) ? function : throw new CypherRuntimeException(CypherError.UnknownFunction(name));
}
