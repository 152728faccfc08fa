using System.Globalization;
using Graph.Api.Security;

namespace Graph.Api.Paging;

/// <summary>
/// Opaque keyset cursors: "<c>1|kind|value|key</c>" (format version, connection, the last item's sort key) encrypted
/// and authenticated like node ids. A cursor holds no offset, so it means "after this item" whatever a load added or
/// removed before it; the version lets a later format refuse (or read) cursors of this one instead of misreading them.
/// </summary>
public sealed class CursorCodec(NodeIdCodec protector)
{
    public const string Prefix = "c_";
    private const string Version = "1";

    public string Encode(CursorKind kind, double value, string key) =>
        protector.Protect(Prefix, string.Create(CultureInfo.InvariantCulture, $"{Version}|{Tag(kind)}|{value:R}|{key}"));

    /// <summary>The position a cursor of this connection holds, or null when it is not one (forged, another secret,
    /// another connection, another format version).</summary>
    public KeysetPosition? TryDecode(CursorKind kind, string? cursor)
    {
        if (protector.Unprotect(Prefix, cursor) is not { } text)
        {
            return null;
        }

        var parts = text.Split('|', 4);
        if (parts.Length != 4 || parts[0] != Version || parts[1] != Tag(kind)
            || !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || double.IsNaN(value))
        {
            return null;
        }

        return new KeysetPosition(value, parts[3]);
    }

    private static string Tag(CursorKind kind) => kind switch
    {
        CursorKind.Ring => "r",
        CursorKind.RuleHit => "h",
        CursorKind.Search => "s",
        CursorKind.Audit => "a",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
