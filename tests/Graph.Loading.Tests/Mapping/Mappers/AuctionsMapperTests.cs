using Graph.Loading.Tests.Support;
using Graph.Records.Rows;
using Graph.Storage.Values;

namespace Graph.Loading.Tests.Mapping.Mappers;

public sealed class AuctionsMapperTests
{
    [Fact]
    public void An_auction_links_court_enforcement_case_and_owner()
    {
        var graph = MapperHarness.Map(Rows.Make(RecordKind.Auctions, "auctions.csv", 2,
            ("auction_id", "A-1"), ("court", "越城区人民法院"), ("enforcement_case_no", "(2020)浙0602执100号"),
            ("starts_at", "2021-01-01T10:00:00"), ("starting_price", "700000"), ("owner_kind", "person"),
            ("owner_name", "张三"), ("owner_id", Ids.Resident(5))));

        Assert.Equal(PropertyKind.DateTime, graph.Prop("Auction:A-1", "starts_at").Kind);
        Assert.Contains(graph.Rels("ENFORCES"), r => r.To == "Case:(2020)浙0602执100号");
        Assert.Single(graph.Rels("OWNER_IN"));
        Assert.Single(graph.Rels("HEARD_BY"));
    }
}
