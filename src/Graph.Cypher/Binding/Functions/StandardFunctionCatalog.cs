namespace Graph.Cypher.Binding;

/// <summary>
/// openCypher's standard functions with their arities, argument types where the TCK expects compile-time type errors,
/// and result types. Used when <see cref="BindingOptions.Functions"/> is not given.
/// </summary>
public sealed partial class StandardFunctionCatalog : IFunctionCatalog
{
    private readonly Dictionary<string, FunctionSignature> functions;

    private StandardFunctionCatalog(IEnumerable<FunctionSignature> signatures) =>
        functions = signatures.ToDictionary(signature => signature.Name, StringComparer.OrdinalIgnoreCase);

    public static StandardFunctionCatalog Instance { get; } = new([.. Aggregates(), .. Scalars(), .. Lists(), .. Strings(), .. Numeric(), .. Temporal()]);

    /// <summary>Every function of the catalog, for an engine to check its library against.</summary>
    public IReadOnlyCollection<FunctionSignature> Functions => functions.Values;

    public bool TryGetFunction(string name, out FunctionSignature signature) => functions.TryGetValue(name, out signature!);

    private static FunctionSignature Fixed(string name, int arguments, CypherType result, params CypherType[]?[] argumentTypes) =>
        new(name, arguments, arguments, false, result, argumentTypes.Length == 0 ? null : argumentTypes);

    private static FunctionSignature Ranged(string name, int min, int? max, CypherType result) => new(name, min, max, false, result);

    private static IEnumerable<FunctionSignature> Aggregates()
    {
        yield return new("count", 1, 1, true, CypherType.Integer);
        yield return new("sum", 1, 1, true, CypherType.Any);
        yield return new("avg", 1, 1, true, CypherType.Any);
        yield return new("min", 1, 1, true, CypherType.Any);
        yield return new("max", 1, 1, true, CypherType.Any);
        yield return new("collect", 1, 1, true, CypherType.AnyList);
        yield return new("stDev", 1, 1, true, CypherType.Float);
        yield return new("stDevP", 1, 1, true, CypherType.Float);
        yield return new("percentileCont", 2, 2, true, CypherType.Float);
        yield return new("percentileDisc", 2, 2, true, CypherType.Any);
    }

    private static IEnumerable<FunctionSignature> Scalars()
    {
        CypherType[] entity = [CypherType.Node, CypherType.Relationship];
        yield return Fixed("id", 1, CypherType.Integer, entity);
        yield return Fixed("elementId", 1, CypherType.String, entity);
        yield return Fixed("type", 1, CypherType.String, [CypherType.Relationship]);
        yield return Fixed("labels", 1, CypherType.ListOf(CypherType.String), [CypherType.Node]);
        yield return Fixed("keys", 1, CypherType.ListOf(CypherType.String), [CypherType.Map]);
        yield return Fixed("properties", 1, CypherType.Map, [CypherType.Map]);
        yield return Fixed("startNode", 1, CypherType.Node, [CypherType.Relationship]);
        yield return Fixed("endNode", 1, CypherType.Node, [CypherType.Relationship]);
        yield return Fixed("nodes", 1, CypherType.ListOf(CypherType.Node), [CypherType.Path]);
        yield return Fixed("relationships", 1, CypherType.ListOf(CypherType.Relationship), [CypherType.Path]);
        yield return Fixed("length", 1, CypherType.Integer, [CypherType.Path, CypherType.String]);
        yield return Fixed("size", 1, CypherType.Integer, [CypherType.AnyList, CypherType.String]);
        yield return Fixed("exists", 1, CypherType.Boolean);
        yield return Ranged("coalesce", 1, null, CypherType.Any);
        yield return Fixed("nullIf", 2, CypherType.Any);
        yield return Fixed("timestamp", 0, CypherType.Integer);
        yield return Fixed("randomUUID", 0, CypherType.String);
        yield return Fixed("toBoolean", 1, CypherType.Boolean);
        yield return Fixed("toBooleanOrNull", 1, CypherType.Boolean);
        yield return Fixed("toInteger", 1, CypherType.Integer);
        yield return Fixed("toIntegerOrNull", 1, CypherType.Integer);
        yield return Fixed("toFloat", 1, CypherType.Float);
        yield return Fixed("toFloatOrNull", 1, CypherType.Float);
        yield return Fixed("toString", 1, CypherType.String);
        yield return Fixed("toStringOrNull", 1, CypherType.String);
        yield return Fixed("valueType", 1, CypherType.String);
        yield return Ranged("point", 1, 1, CypherType.Point);
        yield return Fixed("distance", 2, CypherType.Float);
        yield return Fixed("point.distance", 2, CypherType.Float);
    }

    private static IEnumerable<FunctionSignature> Lists()
    {
        yield return Fixed("head", 1, CypherType.Any, [CypherType.AnyList]);
        yield return Fixed("last", 1, CypherType.Any, [CypherType.AnyList]);
        yield return Fixed("tail", 1, CypherType.AnyList, [CypherType.AnyList]);
        yield return Ranged("range", 2, 3, CypherType.ListOf(CypherType.Integer));
        yield return Fixed("reverse", 1, CypherType.Any, [CypherType.AnyList, CypherType.String]);
        yield return Fixed("isEmpty", 1, CypherType.Boolean, [CypherType.AnyList, CypherType.String, CypherType.Map]);
        yield return Fixed("toBooleanList", 1, CypherType.ListOf(CypherType.Boolean));
        yield return Fixed("toIntegerList", 1, CypherType.ListOf(CypherType.Integer));
        yield return Fixed("toFloatList", 1, CypherType.ListOf(CypherType.Float));
        yield return Fixed("toStringList", 1, CypherType.ListOf(CypherType.String));
    }
}
