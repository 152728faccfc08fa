using Graph.Records.Rows;

namespace Graph.Loading.Mapping.Mappers;

/// <summary>
/// <c>company_people</c> (registry) → LEGAL_REP_OF / SHAREHOLDER_OF / OFFICER_OF / EMPLOYED_BY from
/// the person to the company, by role, with <c>since</c> and <c>share_pct</c>.
/// </summary>
public sealed class CompanyPeopleMapper : IRecordMapper
{
    public RecordKind Kind => RecordKind.CompanyPeople;

    public void CollectParties(RecordRow row, List<PartyRef> parties)
    {
        parties.AddIfPresent(Company(row));
        parties.AddIfPresent(Person(row));
    }

    public void Map(RecordRow row, MappingContext context)
    {
        var company = context.Party(row, Company(row));
        var person = context.Party(row, Person(row));
        if (company is null)
        {
            return;
        }

        var role = row.Get("role")?.ToLowerInvariant();
        var properties = new PropertyList().Set("since", row.GetDate("since")).With(RecordLinks.Extras(row));
        var type = role switch
        {
            "legal_rep" => GraphNames.LegalRepOf,
            "shareholder" => GraphNames.ShareholderOf,
            "employee" => GraphNames.EmployedBy,
            _ => GraphNames.OfficerOf,
        };
        if (type == GraphNames.ShareholderOf)
        {
            properties.Set("share_pct", row.GetDecimal("share_pct"));
        }
        else if (type == GraphNames.OfficerOf)
        {
            properties.Set("role", role);
        }

        PartyEdges.Link(context, row, person, type, company.Key, type == GraphNames.OfficerOf ? role ?? "" : "", properties);
    }

    private static PartyRef Company(RecordRow row) =>
        new("company_", PartyKind.Company, row.Get("company_name"), row.Get("uscc"), null, null);

    private static PartyRef? Person(RecordRow row) => row.GetParty("person_", PartyKind.Person, readKind: false);
}
