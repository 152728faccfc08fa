namespace Graph.Cypher.Binding;

public sealed partial class StandardFunctionCatalog
{
    private static IEnumerable<FunctionSignature> Strings()
    {
        foreach (var name in new[] { "toUpper", "toLower", "upper", "lower", "trim", "ltrim", "rtrim" })
        {
            yield return Fixed(name, 1, CypherType.String);
        }

        yield return Fixed("left", 2, CypherType.String);
        yield return Fixed("right", 2, CypherType.String);
        yield return Ranged("substring", 2, 3, CypherType.String);
        yield return Fixed("replace", 3, CypherType.String);
        yield return Fixed("split", 2, CypherType.ListOf(CypherType.String));
        yield return Fixed("char_length", 1, CypherType.Integer);
        yield return Fixed("character_length", 1, CypherType.Integer);
    }
}
