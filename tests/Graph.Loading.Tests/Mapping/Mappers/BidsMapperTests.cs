using Graph.Loading.Tests.Support;
using Graph.Records.Rows;

namespace Graph.Loading.Tests.Mapping.Mappers;

public sealed class BidsMapperTests
{
    [Fact]
    public void A_bid_is_keyed_by_auction_bidder_time_and_amount()
    {
        var row = Rows.Make(RecordKind.Bids, "bids.csv", 2,
            ("auction_id", "A-1"), ("bidder_name", "李四"), ("bidder_phone", "13800000002"), ("amount", "710000"),
            ("bid_at", "2021-01-01T10:00:00+08:00"), ("winning", "true"));
        var sameInstant = Rows.Make(RecordKind.Bids, "bids.csv", 3,
            ("auction_id", "A-1"), ("bidder_name", "李四"), ("bidder_phone", "13800000002"), ("amount", "710000"),
            ("bid_at", "2021-01-01T02:00:00Z"), ("winning", "true"));

        var graph = MapperHarness.Map(row, sameInstant);

        var bid = Assert.Single(graph.Nodes.Keys, k => k.StartsWith("Bid:", StringComparison.Ordinal));
        Assert.True(graph.Prop(bid, "winning").AsBoolean);
        Assert.Contains(graph.Rels("BID_ON"), r => r.From == bid && r.To == "Auction:A-1");
        Assert.Single(graph.Rels("PLACED"));
    }
}
