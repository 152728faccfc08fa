using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Values.Functions;

/// <summary>toIntegerList, toFloatList, toBooleanList, toStringList: element-wise OrNull conversion of a list.</summary>
internal static class ConversionListFunctions
{
    public static void Register(FunctionRegistry registry)
    {
        registry.Register("toIntegerList", 1, 1, (a, _) => MapList(a[0], "toIntegerList", v => CypherConversions.ToInteger(v, strict: false)));
        registry.Register("toFloatList", 1, 1, (a, _) => MapList(a[0], "toFloatList", v => CypherConversions.ToFloat(v, strict: false)));
        registry.Register("toBooleanList", 1, 1, (a, _) => MapList(a[0], "toBooleanList", v => CypherConversions.ToBoolean(v, strict: false)));
        registry.Register("toStringList", 1, 1, (a, _) => MapList(a[0], "toStringList", v => CypherConversions.ToCypherString(v, strict: false)));
    }

    private static CypherValue MapList(CypherValue value, string function, Func<CypherValue, CypherValue> convert) => value.Kind switch
    {
        CypherValueKind.Null => CypherValue.Null,
        CypherValueKind.List => CypherValue.List(value.AsList.Select(convert).ToArray()),
        _ => throw Fail.ArgumentType(function, value),
    };
}
