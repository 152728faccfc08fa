using System.Text.RegularExpressions;
using Graph.Cypher.Values.Errors;

namespace Graph.Cypher.Values.Semantics;

/// <summary>STARTS WITH, ENDS WITH, CONTAINS and =~: null unless both sides are strings.</summary>
public static class CypherStringPredicates
{
    public static CypherValue StartsWith(CypherValue text, CypherValue prefix) =>
        Apply(text, prefix, (t, p) => t.StartsWith(p, StringComparison.Ordinal));

    public static CypherValue EndsWith(CypherValue text, CypherValue suffix) =>
        Apply(text, suffix, (t, s) => t.EndsWith(s, StringComparison.Ordinal));

    public static CypherValue Contains(CypherValue text, CypherValue part) =>
        Apply(text, part, (t, p) => t.Contains(p, StringComparison.Ordinal));

    /// <summary>The whole string must match, as with Java's String.matches.</summary>
    public static CypherValue Matches(CypherValue text, CypherValue pattern)
    {
        if (text.Kind != CypherValueKind.String || pattern.Kind != CypherValueKind.String)
        {
            return CypherValue.Null;
        }

        try
        {
            return Regex.IsMatch(text.AsString, $"^(?:{pattern.AsString})$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
        }
        catch (ArgumentException)
        {
            throw Fail.Value($"Invalid regular expression: '{pattern.AsString}'");
        }
    }

    private static CypherValue Apply(CypherValue left, CypherValue right, Func<string, string, bool> test) =>
        left.Kind == CypherValueKind.String && right.Kind == CypherValueKind.String
            ? CypherValue.Boolean(test(left.AsString, right.AsString))
            : CypherValue.Null;
}
