namespace Graph.Records.Normalization;

/// <summary>
/// Addresses in comparison form, deliberately conservative because a false match merges strangers:
/// width folding, no whitespace, upper-case letters ("a座" = "A座"), dashes unified to '-', list
/// separators (，、,;；。) dropped, and a trailing "室" after a digit dropped ("1201室" = "1201").
/// A trailing "号" is kept: "8号" is a street number, and "西湖路8" is not obviously the same place.
/// Province/city abbreviations and Chinese numerals are not touched.
/// </summary>
public static class AddressNormalizer
{
    public static string? Normalize(string? address)
    {
        var folded = TextFolding.Rewrite(address, Map);
        if (folded is { Length: > 1 } && folded[^1] == '室' && char.IsAsciiDigit(folded[^2]))
        {
            return folded[..^1];
        }

        return folded;
    }

    private static char Map(char c) => c switch
    {
        '，' or '、' or ',' or ';' or '；' or '。' => '\0',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE63' => '-',
        '【' or '〔' => '(',
        '】' or '〕' => ')',
        _ => char.ToUpperInvariant(c),
    };
}
