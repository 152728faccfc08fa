namespace Graph.Records.Normalization;

/// <summary>Vehicle plates: "浙A·12345", "浙a 12345" and "浙A-12345" are one plate.</summary>
public static class PlateNormalizer
{
    public static string? Normalize(string? plate) => TextFolding.Rewrite(plate, Map);

    private static char Map(char c) => c switch
    {
        '.' or '-' or '_' or '\u00B7' or '\u2022' or '\u30FB' or '\u2027' or '\u2219' or '\u22C5' or '\u2014' or '\u2013' => '\0',
        _ => char.ToUpperInvariant(c),
    };
}
