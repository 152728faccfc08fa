using Graph.Records.Rows;

namespace Graph.Loading.Mapping.Mappers;

/// <summary><c>bankruptcies</c> → Bankruptcy (keeping <c>debtor_name</c> as written), DEBTOR_IN from the debtor, HEARD_BY Court.</summary>
public sealed class BankruptciesMapper : IRecordMapper
{
    private static readonly IReadOnlySet<string> DebtorFields =
        new HashSet<string>(PartyFields.Of(["debtor_"]).Where(f => f != "debtor_name"), StringComparer.Ordinal);

    public RecordKind Kind => RecordKind.Bankruptcies;

    public void CollectParties(RecordRow row, List<PartyRef> parties) => parties.AddIfPresent(Debtor(row));

    public void Map(RecordRow row, MappingContext context)
    {
        var key = RecordKeys.Of(GraphNames.Bankruptcy, row.Get("bankruptcy_no")!);
        RecordNodeWriter.Write(context, row, GraphNames.Bankruptcy, key, DebtorFields);
        RecordLinks.ToOrganisation(context, row, key, GraphNames.HeardBy, GraphNames.Court, row.Get("court"));
        PartyEdges.Link(context, row, context.Party(row, Debtor(row)), GraphNames.DebtorIn, key);
    }

    private static PartyRef? Debtor(RecordRow row) => row.GetParty("debtor_", PartyKind.Company, readKind: false);
}
