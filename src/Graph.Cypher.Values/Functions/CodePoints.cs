namespace Graph.Cypher.Values.Functions;

/// <summary>
/// String positions in Cypher count Unicode code points, not UTF-16 units, so size('😀') is 1 and
/// substring never splits a surrogate pair. Strings without surrogates take the plain fast path.
/// </summary>
internal static class CodePoints
{
    public static int Count(string text) => HasSurrogates(text) ? text.EnumerateRunes().Count() : text.Length;

    public static string Slice(string text, int start, int length)
    {
        if (!HasSurrogates(text))
        {
            return start >= text.Length ? string.Empty : text.Substring(start, Math.Min(length, text.Length - start));
        }

        var runes = text.EnumerateRunes().ToArray();
        if (start >= runes.Length)
        {
            return string.Empty;
        }

        return string.Concat(runes.Skip(start).Take(Math.Min(length, runes.Length - start)).Select(r => r.ToString()));
    }

    private static bool HasSurrogates(string text) => text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;
}
