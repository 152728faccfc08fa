namespace Graph.Loading.Mapping.Mappers;

/// <summary>
/// A claim's <c>basis_no</c> is a judgment (case number) or an arbitration award. Award numbers
/// carry the commission's "仲" (劳人仲案字, 仲裁); case numbers never do.
/// </summary>
public static class BasisNumbers
{
    public static bool IsAward(string number) =>
        number.Contains('仲', StringComparison.Ordinal) || number.StartsWith("AW", StringComparison.OrdinalIgnoreCase);
}
