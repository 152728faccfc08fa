using Graph.Records.Normalization;

namespace Graph.Loading.Resolution;

/// <summary>
/// The normal forms identity attributes are compared in, all from Graph.Records' normalisers so
/// that the loader and the readers agree: width folding, no whitespace, upper-case Latin letters,
/// phones as digits without +86. An attribute that normalises to nothing is null.
/// </summary>
internal static class IdentityText
{
    public static string? PersonName(string? text) => NameNormalizer.Normalize(text);

    public static string? OrganisationName(string? text) => OrgNameNormalizer.Normalize(text);

    public static string? Address(string? text) => AddressNormalizer.Normalize(text);

    public static string? Phone(string? text) => PhoneNormalizer.Normalize(text);

    public static string? Plate(string? text) => PlateNormalizer.Normalize(text);

    public static string? Identifier(string? text) =>
        text is null ? null : TextFolding.Compact(text) is { Length: > 0 } compact ? compact : null;
}
