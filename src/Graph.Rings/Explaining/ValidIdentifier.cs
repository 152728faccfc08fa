using Graph.Records.Identifiers;

namespace Graph.Rings.Explaining;

/// <summary>
/// A member's id as a ring lists it: the resident id or USCC only when its check character holds. A misspelt one
/// (transposed digits in one registry row) is not that party's identifier, and listing it would send whoever
/// follows the id to nobody — or to somebody else; the member is then known by name, its records keep the raw text.
/// </summary>
internal static class ValidIdentifier
{
    public static string? OrNull(string kind, string? id) =>
        id is { Length: > 0 } && (kind == "company" ? Uscc.IsValid(id) : ResidentId.IsValid(id)) ? id : null;
}
