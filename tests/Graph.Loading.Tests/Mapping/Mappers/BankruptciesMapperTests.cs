using Graph.Loading.Tests.Support;
using Graph.Records.Rows;

namespace Graph.Loading.Tests.Mapping.Mappers;

public sealed class BankruptciesMapperTests
{
    [Fact]
    public void A_bankruptcy_row_links_debtor_and_court()
    {
        var uscc = Ids.Uscc(5);
        var graph = MapperHarness.Map(Rows.Make(RecordKind.Bankruptcies, "bankruptcies.csv", 2,
            ("bankruptcy_no", "(2021)浙06破1号"), ("court", "绍兴市中级人民法院"), ("debtor_uscc", uscc),
            ("debtor_name", "某某制造有限公司"), ("accepted_on", "2021-06-01")));

        var key = "Bankruptcy:(2021)浙06破1号";
        Assert.Equal("某某制造有限公司", graph.Prop(key, "debtor_name").AsString);
        Assert.False(graph.Nodes[key].Properties.ContainsKey("debtor_uscc"));
        Assert.Contains(graph.Rels("DEBTOR_IN"), r => r.From == "Company:" + uscc && r.To == key);
        Assert.Single(graph.Rels("HEARD_BY"));
    }
}
