using System.Text.RegularExpressions;

namespace Graph.Cypher.Tck.Loading;

/// <summary>
/// Fills <c>&lt;name&gt;</c> placeholders from one Examples row. Only names in the Examples header are replaced,
/// so Cypher such as <c>a &lt;&gt; b</c> or <c>&lt;-[:T]-</c> in the same text is left alone.
/// </summary>
public static partial class Placeholders
{
    public static string Substitute(string text, IReadOnlyDictionary<string, string> values) =>
        values.Count == 0 ? text : PlaceholderPattern().Replace(text, match =>
            values.TryGetValue(match.Groups[1].Value, out var value) ? value : match.Value);

    [GeneratedRegex("<([^<>\\r\\n]+)>")]
    private static partial Regex PlaceholderPattern();
}
