using Graph.Records.Identifiers;
using Graph.Records.Rows;

namespace Graph.Loading.Resolution;

/// <summary>
/// Turns a <see cref="PartyRef"/> as written into the forms that resolution compares. Names, ids (with
/// their validity) and phones are memoised: one resolver normalises every reference twice and they
/// recur. Addresses are not: they are the longest values, so caching them costs the most memory, and
/// hashing one for a look-up costs about as much as normalising it.
/// Not thread-safe, like the resolver that owns it.
/// </summary>
internal sealed class ReferenceNormalizer
{
    private readonly NormalizationCache<string?> _personNames = new(IdentityText.PersonName);
    private readonly NormalizationCache<string?> _organisationNames = new(IdentityText.OrganisationName);
    private readonly NormalizationCache<CheckedId> _personIds = new(text => CheckedId.Of(text, PartyKind.Person));
    private readonly NormalizationCache<CheckedId> _companyIds = new(text => CheckedId.Of(text, PartyKind.Company));
    private readonly NormalizationCache<string?> _phones = new(IdentityText.Phone);

    public NormalizedReference Normalize(PartyRef party)
    {
        var company = party.Kind == PartyKind.Company;
        var name = company ? _organisationNames.Normalize(party.Name) : _personNames.Normalize(party.Name);
        var id = company ? _companyIds.Normalize(party.Id) : _personIds.Normalize(party.Id);
        return new NormalizedReference(
            party.Kind,
            name,
            id.Validity == IdValidity.Valid ? id.Id : null,
            id.Validity is IdValidity.Valid or IdValidity.Missing ? null : id.Id,
            id.Validity,
            _phones.Normalize(party.Phone),
            IdentityText.Address(party.Address));
    }
}
