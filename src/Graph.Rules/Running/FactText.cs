using System.Globalization;
using Graph.Cypher.Values;
using Graph.Cypher.Values.Formatting;

namespace Graph.Rules.Running;

/// <summary>How a fact reads inside an explanation: amounts without a trailing .0, dates in ISO form, lists joined, nodes by name.</summary>
public static class FactText
{
    public static string Format(CypherValue value, Func<int, string> nodeName) => value.Kind switch
    {
        CypherValueKind.Null => "—",
        CypherValueKind.Float => Number(value.AsFloat),
        CypherValueKind.Node => nodeName(value.AsNodeId),
        CypherValueKind.List => string.Join(", ", value.AsList.Select(item => Format(item, nodeName))),
        CypherValueKind.Map => "{" + string.Join(", ", value.AsMap.Select(pair => $"{pair.Key}: {Format(pair.Value, nodeName)}")) + "}",
        _ => CypherStringConversion.TryConvert(value) ?? value.ToString(),
    };

    private static string Number(double number) =>
        Math.Abs(number) < 1e15 && Math.Abs(number - Math.Round(number)) < 1e-9
            ? Math.Round(number).ToString("0", CultureInfo.InvariantCulture)
            : number.ToString("0.##", CultureInfo.InvariantCulture);
}
