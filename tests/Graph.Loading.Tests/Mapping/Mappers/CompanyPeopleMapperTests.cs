using Graph.Loading.Tests.Support;
using Graph.Records.Rows;

namespace Graph.Loading.Tests.Mapping.Mappers;

public sealed class CompanyPeopleMapperTests
{
    [Theory]
    [InlineData("shareholder", "SHAREHOLDER_OF")]
    [InlineData("director", "OFFICER_OF")]
    [InlineData("employee", "EMPLOYED_BY")]
    [InlineData("legal_rep", "LEGAL_REP_OF")]
    public void The_role_picks_the_relationship(string role, string type)
    {
        var uscc = Ids.Uscc(1);
        var id = Ids.Resident(1);
        var graph = MapperHarness.Map(Rows.Make(RecordKind.CompanyPeople, "company_people.csv", 3,
            ("uscc", uscc), ("company_name", "某某有限公司"), ("person_name", "张三"), ("person_id", id),
            ("role", role), ("share_pct", "35.5"), ("since", "2020-01-02")));

        var rel = Assert.Single(graph.Rels(type));
        Assert.Equal(("Person:" + id, "Company:" + uscc), (rel.From, rel.To));
        Assert.Equal(new DateOnly(2020, 1, 2), graph.Relationships[rel]["since"].AsDate);
    }
}
