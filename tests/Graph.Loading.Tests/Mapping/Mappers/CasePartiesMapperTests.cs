using Graph.Loading.Tests.Support;
using Graph.Records.Rows;

namespace Graph.Loading.Tests.Mapping.Mappers;

public sealed class CasePartiesMapperTests
{
    [Fact]
    public void A_party_row_links_party_agent_and_firm_to_the_case_with_provenance()
    {
        var id = Ids.Resident(1);
        var graph = MapperHarness.Map(Rows.Make(RecordKind.CaseParties, "case_parties.csv", 5,
            ("case_no", "(2019)浙0602民初1号"), ("role", "plaintiff"), ("party_kind", "person"), ("party_name", "张三"),
            ("party_id", id), ("party_phone", "+86 138 0000 0001"), ("agent_name", "李律师"), ("agent_kind", "lawyer"),
            ("law_firm", "浙江某某律师事务所"), ("agent_phone", "0575-88886666")));

        var caseKey = "Case:(2019)浙0602民初1号";
        var personKey = "Person:" + id;
        var partyIn = graph.Relationships[("PARTY_IN", personKey, caseKey, "plaintiff")];
        Assert.Equal("claimant", partyIn["side"].AsString);
        Assert.Equal("id", partyIn["matched"].AsString);
        Assert.Equal("+86 138 0000 0001", partyIn["ref_phone"].AsString);
        Assert.Equal("case_parties.csv:5", partyIn["source"].AsString);
        Assert.Contains("Record", graph.Nodes[caseKey].Labels);
        Assert.Contains(graph.Rels("HAS_PHONE"), r => r.From == personKey && r.To == "Phone:13800000001");

        var agent = Assert.Single(graph.Rels("AGENT_IN")).From;
        Assert.Contains(graph.Rels("REPRESENTS"), r => r.From == agent && r.To == personKey);
        Assert.Contains(graph.Rels("FIRM_IN"), r => r.From == "LawFirm:浙江某某律师事务所" && r.To == caseKey);
        Assert.Contains(graph.Rels("WORKS_AT"), r => r.From == agent);
        Assert.Contains(graph.Rels("HAS_PHONE"), r => r.From == agent && r.To == "Phone:057588886666");
    }

    [Fact]
    public void A_company_named_party_without_kind_or_id_is_a_company()
    {
        var graph = MapperHarness.Map(Rows.Make(RecordKind.CaseParties, "case_parties.csv", 2,
            ("case_no", "(2020)浙0602民初9号"), ("role", "defendant"), ("party_name", "绍兴某某贸易有限公司")));

        Assert.Contains("Company~绍兴某某贸易有限公司", graph.Nodes.Keys);
    }
}
