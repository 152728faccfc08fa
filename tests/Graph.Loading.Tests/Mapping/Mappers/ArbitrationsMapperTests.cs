using Graph.Loading.Tests.Support;
using Graph.Records.Rows;

namespace Graph.Loading.Tests.Mapping.Mappers;

public sealed class ArbitrationsMapperTests
{
    [Fact]
    public void An_award_links_worker_employer_and_agent()
    {
        var uscc = Ids.Uscc(7);
        var graph = MapperHarness.Map(Rows.Make(RecordKind.Arbitrations, "arbitrations.csv", 2,
            ("award_no", "绍劳人仲案字[2021]第12号"), ("applicant_name", "张三"), ("applicant_id", Ids.Resident(3)),
            ("respondent_uscc", uscc), ("respondent_name", "某某制造有限公司"), ("monthly_wage_claimed", "50000"),
            ("agent_name", "李四"), ("agent_id", Ids.Resident(4))));

        var award = Assert.Single(graph.Nodes.Keys, k => k.StartsWith("Award:", StringComparison.Ordinal));
        Assert.Equal(50000d, graph.Prop(award, "monthly_wage_claimed").AsFloat);
        Assert.Contains(graph.Rels("RESPONDENT_IN"), r => r.From == "Company:" + uscc);
        Assert.Single(graph.Rels("APPLICANT_IN"));
        Assert.Single(graph.Rels("AGENT_IN"));
        Assert.Single(graph.Rels("REPRESENTS"));
    }
}
