namespace Graph.Cypher.Binding;

public sealed partial class StandardFunctionCatalog
{
    private static IEnumerable<FunctionSignature> Numeric()
    {
        foreach (var name in new[] { "abs", "ceil", "floor", "sign" })
        {
            yield return Fixed(name, 1, name == "sign" ? CypherType.Integer : CypherType.Number);
        }

        yield return Ranged("round", 1, 3, CypherType.Float);
        foreach (var name in new[] { "sqrt", "exp", "log", "log10", "sin", "cos", "tan", "cot", "asin", "acos", "atan", "degrees", "radians", "haversin" })
        {
            yield return Fixed(name, 1, CypherType.Float);
        }

        yield return Fixed("atan2", 2, CypherType.Float);
        yield return Fixed("rand", 0, CypherType.Float);
        yield return Fixed("e", 0, CypherType.Float);
        yield return Fixed("pi", 0, CypherType.Float);
    }
}
