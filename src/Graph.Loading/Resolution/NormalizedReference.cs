using Graph.Records.Identifiers;
using Graph.Records.Rows;

namespace Graph.Loading.Resolution;

/// <summary>
/// A party reference reduced to the forms resolution compares: normalised name, phone, address,
/// and its id split into a valid strong key or an invalid (weak) one. Empty parts are null.
/// </summary>
internal readonly record struct NormalizedReference(
    PartyKind Kind,
    string? Name,
    string? ValidId,
    string? InvalidId,
    IdValidity IdValidity,
    string? Phone,
    string? Address)
{
    public bool IsStrong => ValidId is not null;

    public string? Evidence(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Phone => Phone,
        EvidenceKind.Address => Address,
        _ => InvalidId,
    };
}
