using Graph.Loading.Tests.Support;
using Graph.Records.Rows;

namespace Graph.Loading.Tests.Mapping.Mappers;

public sealed class PersonsMapperTests
{
    [Fact]
    public void A_person_row_becomes_a_strong_person_with_contacts()
    {
        var id = Ids.Resident(1, 1975);
        var graph = MapperHarness.Map(Rows.Make(RecordKind.Persons, "persons.csv", 2,
            ("id_number", id), ("name", "张三"), ("phone", "13800000001"), ("address", "杭州市文三路1号"), ("birth_date", "1975-01-01")));

        var key = "Person:" + id;
        Assert.Equal(id, graph.Prop(key, "id_number").AsString);
        Assert.Equal(new DateOnly(1975, 1, 1), graph.Prop(key, "birth_date").AsDate);
        Assert.Equal("persons.csv:2", graph.Prop(key, "source").AsString);
        Assert.Contains(graph.Rels("HAS_PHONE"), r => r.From == key && r.To == "Phone:13800000001");
        Assert.Contains(graph.Rels("HAS_ADDRESS"), r => r.From == key);
    }
}
