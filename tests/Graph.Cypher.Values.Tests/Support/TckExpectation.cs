using Graph.Cypher.Values.Formatting;
using Graph.Cypher.Values.Semantics;

namespace Graph.Cypher.Values.Tests.Support;

/// <summary>Matches a value against a TCK result cell, where temporals are written as their quoted string form.</summary>
internal static class TckExpectation
{
    public static bool Matches(CypherValue actual, string expectedCell)
    {
        var expected = MiniQuery.Evaluate(expectedCell);
        if (actual.IsTemporal && expected.Kind == CypherValueKind.String)
        {
            return CypherStringConversion.TryConvert(actual) == expected.AsString;
        }

        if (actual.Kind == CypherValueKind.List && expected.Kind == CypherValueKind.List)
        {
            var (a, e) = (actual.AsList, expected.AsList);
            return a.Count == e.Count && a.Zip(e).All(p => p.First.IsTemporal
                ? CypherStringConversion.TryConvert(p.First) == p.Second.AsString
                : CypherEquivalence.AreEquivalent(p.First, p.Second));
        }

        return actual.Kind == expected.Kind && CypherEquivalence.AreEquivalent(actual, expected);
    }

    public static string Describe(CypherValue value) =>
        value.IsTemporal ? "'" + CypherStringConversion.TryConvert(value) + "'" : value.ToString();
}
