using Graph.Records.Rows;

namespace Graph.Loading.Mapping.Mappers;

/// <summary><c>cases</c> → Case, HEARD_BY Court, MEDIATED_BY MediatorOrg. Parties come from <c>case_parties</c>.</summary>
public sealed class CasesMapper : IRecordMapper
{
    private static readonly IReadOnlySet<string> NoPartyFields = PartyFields.Of([]);

    public RecordKind Kind => RecordKind.Cases;

    public void CollectParties(RecordRow row, List<PartyRef> parties)
    {
    }

    public void Map(RecordRow row, MappingContext context)
    {
        var key = RecordKeys.Of(GraphNames.Case, row.Get("case_no")!);
        RecordNodeWriter.Write(context, row, GraphNames.Case, key, NoPartyFields);
        RecordLinks.ToOrganisation(context, row, key, GraphNames.HeardBy, GraphNames.Court, row.Get("court"));
        RecordLinks.ToOrganisation(context, row, key, GraphNames.MediatedBy, GraphNames.MediatorOrg, row.Get("mediator_org"));
    }
}
