using Graph.Records.Identifiers;

namespace Graph.Loading.Tests.Support;

/// <summary>Valid and deliberately invalid identifiers.</summary>
internal static class Ids
{
    public static string Resident(int sequence, int year = 1980) =>
        ResidentId.Create(330602, new DateOnly(year, 1, 1), sequence);

    public static string Uscc(int serial) =>
        Graph.Records.Identifiers.Uscc.Create("91330602" + serial.ToString("D9", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The valid id with a different check character.</summary>
    public static string WrongCheck(string valid)
    {
        var alternative = valid[17] == '0' ? '1' : '0';
        return string.Concat(valid.AsSpan(0, 17), alternative.ToString());
    }
}
