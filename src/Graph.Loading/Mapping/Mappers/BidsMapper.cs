using Graph.Records.Rows;
using Graph.Records.Schema;

namespace Graph.Loading.Mapping.Mappers;

/// <summary>
/// <c>bids</c> → Bid keyed by auction + bidder as written (id, else name) + time + amount, so the
/// key does not depend on resolution; BID_ON its Auction; PLACED from the bidder.
/// </summary>
public sealed class BidsMapper : IRecordMapper
{
    private static readonly IReadOnlySet<string> BidderFields = PartyFields.Of(["bidder_"]);

    public RecordKind Kind => RecordKind.Bids;

    public void CollectParties(RecordRow row, List<PartyRef> parties) => parties.AddIfPresent(PartyReader.Read(row, "bidder_"));

    public void Map(RecordRow row, MappingContext context)
    {
        var auctionId = row.Get("auction_id")!;
        var key = RecordKeys.Composite(GraphNames.Bid,
            (auctionId, FieldType.Text),
            (row.Get("bidder_id") ?? row.Get("bidder_name"), FieldType.Text),
            (row.Get("bid_at"), FieldType.Timestamp),
            (row.Get("amount"), FieldType.Text));
        RecordNodeWriter.Write(context, row, GraphNames.Bid, key, BidderFields);
        RecordLinks.ToRecord(context, row, key, GraphNames.BidOn, GraphNames.Auction, "auction_id", auctionId);
        PartyEdges.Link(context, row, context.Party(row, PartyReader.Read(row, "bidder_")), GraphNames.Placed, key);
    }
}
