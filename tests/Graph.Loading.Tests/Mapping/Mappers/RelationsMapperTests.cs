using Graph.Loading.Tests.Support;
using Graph.Records.Rows;

namespace Graph.Loading.Tests.Mapping.Mappers;

public sealed class RelationsMapperTests
{
    [Fact]
    public void A_relation_row_is_kin_of_from_the_first_person()
    {
        var a = Ids.Resident(1);
        var b = Ids.Resident(2);
        var graph = MapperHarness.Map(Rows.Make(RecordKind.Relations, "relations.csv", 2,
            ("person_id", a), ("person_name", "张三"), ("other_id", b), ("other_name", "李四"), ("relation", "Spouse")));

        var rel = Assert.Single(graph.Rels("KIN_OF"));
        Assert.Equal(("Person:" + a, "Person:" + b, "spouse"), (rel.From, rel.To, rel.Discriminator));
    }
}
