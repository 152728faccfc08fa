using Graph.Loading.Tests.Support;
using Graph.Records.Rows;
using Graph.Storage.Values;

namespace Graph.Loading.Tests.Mapping.Mappers;

public sealed class CasesMapperTests
{
    [Fact]
    public void A_case_row_becomes_a_typed_record_node_with_court_and_mediator()
    {
        var graph = MapperHarness.Map(Rows.Make(RecordKind.Cases, "cases.csv", 2,
            ("case_no", "(2019)浙0602民初1234号"), ("court", "绍兴市越城区人民法院"), ("case_type", "CIVIL_FIRST"),
            ("filed_on", "2019-03-01"), ("amount_claimed", "120000.50"), ("public_notice", "yes"),
            ("mediator_org", "越城区人民调解委员会"), ("batch_tag", "x7")));

        var key = "Case:(2019)浙0602民初1234号";
        Assert.Contains("Record", graph.Nodes[key].Labels);
        Assert.Equal(new DateOnly(2019, 3, 1), graph.Prop(key, "filed_on").AsDate);
        Assert.Equal(PropertyKind.Float, graph.Prop(key, "amount_claimed").Kind);
        Assert.True(graph.Prop(key, "public_notice").AsBoolean);
        Assert.Equal("civil_first", graph.Prop(key, "case_type").AsString);
        Assert.Equal("x7", graph.Prop(key, "batch_tag").AsString);
        Assert.Equal("cases.csv:2", graph.Prop(key, "source").AsString);
        Assert.Single(graph.Rels("HEARD_BY"));
        Assert.Single(graph.Rels("MEDIATED_BY"));
    }
}
