using Graph.Loading.Tests.Support;
using Graph.Records.Rows;

namespace Graph.Loading.Tests.Mapping.Mappers;

public sealed class InsuranceClaimsMapperTests
{
    [Fact]
    public void A_claim_links_vehicle_lawsuit_owner_driver_and_repair_shop()
    {
        var graph = MapperHarness.Map(Rows.Make(RecordKind.InsuranceClaims, "insurance_claims.csv", 2,
            ("claim_no", "IC-1"), ("insurer", "某保险"), ("plate", "浙d·12345"), ("owner_name", "张三"),
            ("owner_id", Ids.Resident(1)), ("driver_name", "李四"), ("driver_phone", "13800000002"),
            ("repair_shop_uscc", Ids.Uscc(2)), ("repair_shop_name", "某某汽修有限公司"), ("lawsuit_case_no", "(2021)浙0602民初5号"),
            ("amount_claimed", "30000")));

        Assert.Contains(graph.Rels("FOR_VEHICLE"), r => r.To == "Vehicle:浙D12345");
        Assert.Contains(graph.Rels("LITIGATED_IN"), r => r.To == "Case:(2021)浙0602民初5号");
        Assert.Single(graph.Rels("OWNER_IN"));
        Assert.Single(graph.Rels("DRIVER_IN"));
        Assert.Single(graph.Rels("REPAIRER_IN"));
    }
}
