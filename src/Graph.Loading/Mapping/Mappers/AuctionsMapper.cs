using Graph.Records.Rows;

namespace Graph.Loading.Mapping.Mappers;

/// <summary><c>auctions</c> → Auction, HEARD_BY Court, ENFORCES its enforcement Case, OWNER_IN from the debtor whose asset is sold.</summary>
public sealed class AuctionsMapper : IRecordMapper
{
    private static readonly IReadOnlySet<string> OwnerFields = PartyFields.Of(["owner_"]);

    public RecordKind Kind => RecordKind.Auctions;

    public void CollectParties(RecordRow row, List<PartyRef> parties) => parties.AddIfPresent(PartyReader.Read(row, "owner_"));

    public void Map(RecordRow row, MappingContext context)
    {
        var key = RecordKeys.Of(GraphNames.Auction, row.Get("auction_id")!);
        RecordNodeWriter.Write(context, row, GraphNames.Auction, key, OwnerFields);
        RecordLinks.ToOrganisation(context, row, key, GraphNames.HeardBy, GraphNames.Court, row.Get("court"));
        RecordLinks.ToRecord(context, row, key, GraphNames.Enforces, GraphNames.Case, "case_no", row.Get("enforcement_case_no"));
        PartyEdges.Link(context, row, context.Party(row, PartyReader.Read(row, "owner_")), GraphNames.OwnerIn, key);
    }
}
