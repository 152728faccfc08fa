using Graph.Loading.Resolution;
using Graph.Records.Rows;

namespace Graph.Loading.Mapping.Mappers;

/// <summary>
/// <c>companies</c> (registry) → the Company entity with its registry properties, its phone and
/// registered address as contacts, and LEGAL_REP_OF from the legal representative.
/// </summary>
public sealed class CompaniesMapper : IRecordMapper
{
    private static readonly IReadOnlySet<string> EntityFields =
        PartyFields.Of(["legal_rep_"], "uscc", "name", "phone");

    public RecordKind Kind => RecordKind.Companies;

    public void CollectParties(RecordRow row, List<PartyRef> parties)
    {
        parties.AddIfPresent(Company(row));
        parties.AddIfPresent(LegalRep(row));
    }

    public void Map(RecordRow row, MappingContext context)
    {
        var company = context.Party(row, Company(row));
        if (company is null)
        {
            return;
        }

        // The registry row is the entity's own record: it is kept as the node's source.
        context.Batch.UpsertNode(company.Key, Labels.Entity(PartyKind.Company),
            RecordNodeWriter.Properties(row, EntityFields).Set("source", context.Source(row)));
        var rep = context.Party(row, LegalRep(row));
        PartyEdges.Link(context, row, rep, GraphNames.LegalRepOf, company.Key);
    }

    /// <summary>The registry row itself names the company; its prefix is empty.</summary>
    private static PartyRef Company(RecordRow row) =>
        new("", PartyKind.Company, row.Get("name"), row.Get("uscc"), row.Get("phone"), row.Get("registered_address"));

    private static PartyRef? LegalRep(RecordRow row) => row.GetParty("legal_rep_", PartyKind.Person, readKind: false);
}
