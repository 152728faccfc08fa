using Graph.Loading.Tests.Support;
using Graph.Records.Rows;

namespace Graph.Loading.Tests.Mapping.Mappers;

public sealed class CompaniesMapperTests
{
    [Fact]
    public void A_registry_row_sets_company_properties_contacts_and_legal_rep()
    {
        var uscc = Ids.Uscc(1);
        var rep = Ids.Resident(2);
        var graph = MapperHarness.Map(Rows.Make(RecordKind.Companies, "companies.csv", 2,
            ("uscc", uscc), ("name", "绍兴某某贸易有限公司"), ("legal_rep_name", "王五"), ("legal_rep_id", rep),
            ("registered_address", "绍兴市越城区人民路8号"), ("phone", "0575-88881111"), ("established_on", "2018-05-04"),
            ("status", "active"), ("employees", "0"), ("industry", "批发业")));

        var key = "Company:" + uscc;
        Assert.Equal(["Company", "Entity"], graph.Nodes[key].Labels.Order(StringComparer.Ordinal));
        Assert.Equal("strong", graph.Prop(key, "resolution").AsString);
        Assert.Equal(0, graph.Prop(key, "employees").AsInteger);
        Assert.Equal(new DateOnly(2018, 5, 4), graph.Prop(key, "established_on").AsDate);
        Assert.True(graph.Prop(key, "uscc_valid").AsBoolean);
        Assert.Contains(graph.Rels("LEGAL_REP_OF"), r => r.From == "Person:" + rep && r.To == key);
        Assert.Contains(graph.Rels("HAS_ADDRESS"), r => r.From == key);
    }

    [Fact]
    public void An_early_code_failing_the_check_is_kept_flagged_on_a_weak_company()
    {
        var bad = Ids.WrongCheck(Ids.Uscc(3));
        var graph = MapperHarness.Map(Rows.Make(RecordKind.Companies, "companies.csv", 2, ("uscc", bad), ("name", "老字号有限公司")));

        var key = "Company~老字号有限公司";
        Assert.False(graph.Prop(key, "uscc_valid").AsBoolean);
        Assert.Equal([bad], graph.Prop(key, "invalid_ids").AsStringList);
    }

    [Fact]
    public void A_mention_misspelling_a_registered_companys_code_does_not_overwrite_the_valid_one()
    {
        var uscc = Ids.Uscc(4);
        var bad = Ids.WrongCheck(uscc);
        var graph = MapperHarness.Map(
            Rows.Make(RecordKind.Companies, "companies.csv", 2, ("uscc", uscc), ("name", "苏州兴业华汽车维修有限公司")),
            Rows.Make(RecordKind.Companies, "companies.csv", 3, ("uscc", bad), ("name", "苏州兴业华汽车维修有限公司")));

        var key = "Company:" + uscc;
        Assert.Equal(uscc, graph.Prop(key, "uscc").AsString);
        Assert.True(graph.Prop(key, "uscc_valid").AsBoolean);
        Assert.Equal([bad], graph.Prop(key, "invalid_ids").AsStringList);
    }
}
