using System.Globalization;

namespace Graph.Loading.Resolution;

/// <summary>
/// FNV-1a over the UTF-16 code units (low byte first): the same text gives the same hash on
/// every machine and run, unlike string.GetHashCode, so keys derived from it survive reloads.
/// </summary>
internal static class StableHash
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static ulong Of(string text) => Append(Offset, text);

    /// <summary>The hash of the parts joined by a unit separator, without building the joined string.</summary>
    public static ulong Of(string a, string b) => Append(Append(Append(Offset, a), "\u001f"), b);

    public static ulong Of(string a, string b, string c) => Append(Append(Append(Append(Append(Offset, a), "\u001f"), b), "\u001f"), c);

    /// <summary>Twelve hex digits (48 bits): short enough for a key, and only compared among references of one name.</summary>
    public static string Short(string text) =>
        (Of(text) & 0xFFFF_FFFF_FFFF).ToString("x12", CultureInfo.InvariantCulture);

    private static ulong Append(ulong hash, string text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ (byte)c) * Prime;
            hash = (hash ^ (byte)(c >> 8)) * Prime;
        }

        return hash;
    }
}
