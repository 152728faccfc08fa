using Graph.Records.Rows;

namespace Graph.Loading.Mapping.Mappers;

/// <summary><c>claims</c> → Claim, CLAIM_IN its Bankruptcy, CREDITOR_IN from the creditor, BASED_ON the judgment or award.</summary>
public sealed class ClaimsMapper : IRecordMapper
{
    private static readonly IReadOnlySet<string> CreditorFields = PartyFields.Of(["creditor_"]);

    public RecordKind Kind => RecordKind.Claims;

    public void CollectParties(RecordRow row, List<PartyRef> parties) => parties.AddIfPresent(PartyReader.Read(row, "creditor_"));

    public void Map(RecordRow row, MappingContext context)
    {
        var key = RecordKeys.Of(GraphNames.Claim, row.Get("claim_no")!);
        RecordNodeWriter.Write(context, row, GraphNames.Claim, key, CreditorFields);
        RecordLinks.ToRecord(context, row, key, GraphNames.ClaimIn, GraphNames.Bankruptcy, "bankruptcy_no", row.Get("bankruptcy_no"));
        PartyEdges.Link(context, row, context.Party(row, PartyReader.Read(row, "creditor_")), GraphNames.CreditorIn, key);
        if (row.Get("basis_no") is { } basis)
        {
            var isAward = BasisNumbers.IsAward(basis);
            RecordLinks.ToRecord(context, row, key, GraphNames.BasedOn,
                isAward ? GraphNames.Award : GraphNames.Case, isAward ? "award_no" : "case_no", basis);
        }
    }
}
