namespace Graph.Records.Normalization;

/// <summary>
/// Person and company names in comparison form: "张 三", "张　三" and "张三" are one name; "ＺＨＡＮＧ" is "ZHANG";
/// the middle dots of transliterated names (· • ・ ‧ ∙ ⋅ and '.') are all "·" because sources type whichever is at hand.
/// </summary>
public static class NameNormalizer
{
    public static string? Normalize(string? name) => TextFolding.Rewrite(name, Map);

    private static char Map(char c) => c switch
    {
        '\u00B7' or '\u2022' or '\u30FB' or '\u2027' or '\u2219' or '\u22C5' or '\u0387' or '.' => '\u00B7',
        _ => char.ToUpperInvariant(c),
    };
}
