using Graph.Records.Identifiers;
using Graph.Records.Rows;

namespace Graph.Loading.Resolution;

/// <summary>Turns a <see cref="PartyRef"/> as written into the forms that resolution compares.</summary>
internal static class ReferenceNormalizer
{
    public static NormalizedReference Normalize(PartyRef party)
    {
        var name = party.Kind == PartyKind.Company
            ? IdentityText.OrganisationName(party.Name)
            : IdentityText.PersonName(party.Name);
        // Width folding is notation, not repair: "３６０４…" is the id 3604…; a wrong check digit stays wrong.
        var id = IdentityText.Identifier(party.Id);
        var validity = party.Kind == PartyKind.Company ? Uscc.Validate(id) : ResidentId.Validate(id);
        string? validId = null;
        string? invalidId = null;
        if (validity == IdValidity.Valid)
        {
            validId = id;
        }
        else if (validity != IdValidity.Missing)
        {
            invalidId = id;
        }

        return new NormalizedReference(
            party.Kind,
            name,
            validId,
            invalidId,
            validity,
            IdentityText.Phone(party.Phone),
            IdentityText.Address(party.Address));
    }
}
