using System.Globalization;
using System.Text;

namespace Graph.Cypher.Values.Functions;

/// <summary>toUpper, toLower, trim, lTrim, rTrim, replace, substring, left, right, split, char_length, reverse.</summary>
internal static class StringFunctions
{
    public static void Register(FunctionRegistry registry)
    {
        registry.Register("toUpper", 1, 1, (a, _) => Map(a, "toUpper", s => s.ToUpperInvariant()));
        registry.Register("toLower", 1, 1, (a, _) => Map(a, "toLower", s => s.ToLowerInvariant()));
        registry.Register("trim", 1, 1, (a, _) => Map(a, "trim", s => s.Trim()));
        registry.Register("btrim", 1, 1, (a, _) => Map(a, "btrim", s => s.Trim()));
        registry.Register("lTrim", 1, 1, (a, _) => Map(a, "lTrim", s => s.TrimStart()));
        registry.Register("rTrim", 1, 1, (a, _) => Map(a, "rTrim", s => s.TrimEnd()));
        registry.Register("replace", 3, 3, Replace);
        registry.Register("substring", 2, 3, Substring);
        registry.Register("left", 2, 2, (a, _) => Arguments.AnyNull(a) ? CypherValue.Null : Left(a));
        registry.Register("right", 2, 2, (a, _) => Arguments.AnyNull(a) ? CypherValue.Null : Right(a));
        registry.Register("split", 2, 2, Split);
        registry.Register("char_length", 1, 1, CharacterLength);
        registry.Register("character_length", 1, 1, CharacterLength);
    }

    /// <summary>Reverses by text element so surrogate pairs and combining marks survive.</summary>
    public static string Reverse(string text)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        elements.Reverse();
        return string.Concat(elements);
    }

    private static CypherValue Map(ReadOnlySpan<CypherValue> a, string function, Func<string, string> map) =>
        a[0].IsNull ? CypherValue.Null : CypherValue.String(map(Arguments.String(a, 0, function)));

    private static CypherValue CharacterLength(ReadOnlySpan<CypherValue> a, FunctionContext context) =>
        a[0].IsNull ? CypherValue.Null : CypherValue.Integer(CodePoints.Count(Arguments.String(a, 0, "char_length")));

    private static CypherValue Replace(ReadOnlySpan<CypherValue> a, FunctionContext context)
    {
        if (Arguments.AnyNull(a))
        {
            return CypherValue.Null;
        }

        var (text, search, replacement) = (Arguments.String(a, 0, "replace"), Arguments.String(a, 1, "replace"), Arguments.String(a, 2, "replace"));
        if (search.Length > 0)
        {
            return CypherValue.String(text.Replace(search, replacement, StringComparison.Ordinal));
        }

        // An empty search string matches between every character, as in Java.
        var result = new StringBuilder(replacement);
        foreach (var c in text)
        {
            result.Append(c).Append(replacement);
        }

        return CypherValue.String(result.ToString());
    }

    private static CypherValue Substring(ReadOnlySpan<CypherValue> a, FunctionContext context)
    {
        if (a[0].IsNull)
        {
            return CypherValue.Null;
        }

        var text = Arguments.String(a, 0, "substring");
        var start = Arguments.Length(a, 1, "substring");
        var length = a.Length > 2 ? Arguments.Length(a, 2, "substring") : int.MaxValue;
        return CypherValue.String(CodePoints.Slice(text, start, length));
    }

    private static CypherValue Left(ReadOnlySpan<CypherValue> a)
    {
        return CypherValue.String(CodePoints.Slice(Arguments.String(a, 0, "left"), 0, Arguments.Length(a, 1, "left")));
    }

    private static CypherValue Right(ReadOnlySpan<CypherValue> a)
    {
        var text = Arguments.String(a, 0, "right");
        var count = CodePoints.Count(text);
        var take = Math.Min(Arguments.Length(a, 1, "right"), count);
        return CypherValue.String(CodePoints.Slice(text, count - take, take));
    }

    private static CypherValue Split(ReadOnlySpan<CypherValue> a, FunctionContext context)
    {
        if (Arguments.AnyNull(a))
        {
            return CypherValue.Null;
        }

        var text = Arguments.String(a, 0, "split");
        var delimiters = a[1].Kind == CypherValueKind.List
            ? a[1].AsList.Select(d => d.Kind == CypherValueKind.String ? d.AsString : throw Errors.Fail.ArgumentType("split", d)).ToArray()
            : [Arguments.String(a, 1, "split")];
        var parts = delimiters.All(d => d.Length == 0)
            ? text.Select(c => c.ToString()).ToArray()
            : text.Split(delimiters.Where(d => d.Length > 0).ToArray(), StringSplitOptions.None);
        return CypherValue.List(parts.Select(CypherValue.String).ToArray());
    }
}
