namespace Graph.Records.Normalization;

/// <summary>
/// The part of NFKC that matters for Chinese records: full-width ASCII (ＺＨＡＮＧ, １２３, （）) and the
/// ideographic space fold to their ASCII forms. Written out because the project runs with
/// InvariantGlobalization, where <see cref="string.Normalize()"/> leaves non-ASCII text unchanged.
/// </summary>
public static class TextFolding
{
    public static char FoldWidth(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        '\uFF65' => '\u30FB', // half-width katakana middle dot
        _ => c,
    };

    /// <summary>Width-folded, whitespace removed, letters upper-cased: the comparison form of keys and names.</summary>
    public static string Compact(string value)
    {
        var buffer = value.Length <= 256 ? stackalloc char[value.Length] : new char[value.Length];
        var n = 0;
        foreach (var raw in value)
        {
            var c = FoldWidth(raw);
            if (!char.IsWhiteSpace(c))
            {
                buffer[n++] = char.ToUpperInvariant(c);
            }
        }

        return n == value.Length && buffer[..n].SequenceEqual(value) ? value : new string(buffer[..n]);
    }

    /// <summary>Width-folds and drops whitespace, sending each remaining character through <paramref name="map"/>
    /// (which returns '\0' to drop it); null when nothing is left.</summary>
    public static string? Rewrite(string? value, Func<char, char> map)
    {
        if (value is null)
        {
            return null;
        }

        var buffer = value.Length <= 256 ? stackalloc char[value.Length] : new char[value.Length];
        var n = 0;
        foreach (var raw in value)
        {
            var c = FoldWidth(raw);
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            c = map(c);
            if (c != '\0')
            {
                buffer[n++] = c;
            }
        }

        return n == 0 ? null : new string(buffer[..n]);
    }
}
