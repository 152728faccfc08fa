namespace Graph.Cypher.Values.Functions;

/// <summary>toInteger, toFloat, toBoolean, toString and their OrNull variants.</summary>
internal static class ConversionFunctions
{
    public static void Register(FunctionRegistry registry)
    {
        registry.Register("toInteger", 1, 1, (a, _) => CypherConversions.ToInteger(a[0]));
        registry.Register("toFloat", 1, 1, (a, _) => CypherConversions.ToFloat(a[0]));
        registry.Register("toBoolean", 1, 1, (a, _) => CypherConversions.ToBoolean(a[0]));
        registry.Register("toString", 1, 1, (a, _) => CypherConversions.ToCypherString(a[0]));
        registry.Register("toIntegerOrNull", 1, 1, (a, _) => CypherConversions.ToInteger(a[0], strict: false));
        registry.Register("toFloatOrNull", 1, 1, (a, _) => CypherConversions.ToFloat(a[0], strict: false));
        registry.Register("toBooleanOrNull", 1, 1, (a, _) => CypherConversions.ToBoolean(a[0], strict: false));
        registry.Register("toStringOrNull", 1, 1, (a, _) => CypherConversions.ToCypherString(a[0], strict: false));
    }
}
