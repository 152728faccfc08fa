using Graph.Loading.Tests.Support;
using Graph.Records.Rows;

namespace Graph.Loading.Tests.Mapping.Mappers;

public sealed class ClaimsMapperTests
{
    [Fact]
    public void A_claim_links_creditor_bankruptcy_and_its_basis_before_those_are_loaded()
    {
        var graph = MapperHarness.Map(Rows.Make(RecordKind.Claims, "claims.csv", 2,
            ("bankruptcy_no", "(2021)浙06破1号"), ("claim_no", "C-1"), ("creditor_kind", "person"), ("creditor_name", "张三"),
            ("creditor_phone", "13800000001"), ("claim_type", "labor"), ("amount_declared", "350000"),
            ("basis_no", "绍劳人仲案字[2021]第12号")));

        Assert.Contains(graph.Rels("CLAIM_IN"), r => r.From == "Claim:C-1" && r.To == "Bankruptcy:(2021)浙06破1号");
        var basis = Assert.Single(graph.Rels("BASED_ON"));
        Assert.StartsWith("Award:", basis.To, StringComparison.Ordinal);
        Assert.Contains("Record", graph.Nodes[basis.To].Labels);
        Assert.Single(graph.Rels("CREDITOR_IN"));
    }
}
