using Graph.Records.Identifiers;
using Graph.Records.Rows;

namespace Graph.Loading.Resolution;

/// <summary>
/// Where one party reference landed and why. <see cref="Name"/> is the entity's canonical
/// (normalised) name; the reference as written stays in <see cref="Reference"/> for provenance.
/// </summary>
public sealed record PartyResolution(
    PartyRef Reference,
    string Key,
    bool IsStrong,
    string Matched,
    string? Name,
    string? ValidId,
    string? InvalidId,
    IdValidity IdValidity,
    string? Phone,
    string? Address)
{
    public PartyKind Kind => Reference.Kind;

    public string Label => Kind == PartyKind.Company ? EntityKeys.CompanyLabel : EntityKeys.PersonLabel;
}
