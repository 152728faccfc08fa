using Graph.Records.Rows;
using Graph.Records.Schema;

namespace Graph.Records.Tests.Schema;

public class RecordSchemasTests
{
    [Fact]
    public void Every_kind_has_a_schema_and_a_place_in_the_load_order()
    {
        Assert.Equal(Enum.GetValues<RecordKind>().Order(), RecordSchemas.All.Select(s => s.Kind).Order());
        Assert.Equal(Enum.GetValues<RecordKind>().Order(), RecordSchemas.LoadOrder.Order());
        Assert.Equal(
            [RecordKind.Companies, RecordKind.Persons, RecordKind.CompanyPeople, RecordKind.Relations],
            RecordSchemas.LoadOrder.Take(4));
    }

    [Theory]
    [InlineData(RecordKind.Companies, "companies")]
    [InlineData(RecordKind.CompanyPeople, "company_people")]
    [InlineData(RecordKind.CaseParties, "case_parties")]
    [InlineData(RecordKind.InsuranceClaims, "insurance_claims")]
    public void Base_names_are_snake_case(RecordKind kind, string baseName)
    {
        Assert.Equal(baseName, RecordSchemas.BaseName(kind));
        Assert.Equal(kind, RecordSchemas.ForBaseName(baseName.ToUpperInvariant())!.Kind);
    }

    [Fact]
    public void Key_fields_and_kind_fields_are_fields_of_their_schema()
    {
        foreach (var schema in RecordSchemas.All)
        {
            Assert.All(schema.KeyFields, f => Assert.True(schema.IsKnownField(f), $"{schema.BaseName}.{f}"));
            Assert.All(schema.Fields.Where(f => f.KindField is not null), f => Assert.True(schema.IsKnownField(f.KindField!)));
            Assert.Equal(schema.Fields.Count, schema.Fields.Select(f => f.Name).Distinct().Count());
        }
    }

    [Fact]
    public void Field_types_follow_the_spec()
    {
        var cases = RecordSchemas.For(RecordKind.Cases);
        Assert.Equal(FieldType.Date, cases.Field("filed_on")!.Type);
        Assert.Equal(FieldType.Decimal, cases.Field("amount_claimed")!.Type);
        Assert.Equal(FieldType.Boolean, cases.Field("public_notice")!.Type);
        Assert.Contains("default_judgment", cases.Field("closing_method")!.AllowedValues!);
        Assert.Equal(FieldType.Integer, RecordSchemas.For(RecordKind.Companies).Field("employees")!.Type);
        Assert.Equal(FieldType.Timestamp, RecordSchemas.For(RecordKind.Bids).Field("bid_at")!.Type);
        Assert.Equal("bidder_kind", RecordSchemas.For(RecordKind.Bids).Field("bidder_id")!.KindField);
    }

    [Fact]
    public void The_natural_key_ignores_spacing_width_and_case()
    {
        var a = Row(RecordKind.Cases, ("case_no", "(2019)浙0602民初1234号"));
        var b = Row(RecordKind.Cases, ("case_no", " （２０１９）浙0602民初 1234号 "));

        Assert.Equal("cases|case_no=(2019)浙0602民初1234号", RecordSchemas.NaturalKey(a));
        Assert.Equal(RecordSchemas.NaturalKey(a), RecordSchemas.NaturalKey(b));
    }

    [Fact]
    public void A_person_is_keyed_by_id_number_else_by_name_and_phone()
    {
        var persons = RecordSchemas.For(RecordKind.Persons);

        Assert.Equal("persons|id_number=34052419800101001X", persons.NaturalKey(Row(RecordKind.Persons, ("id_number", "34052419800101001x"), ("name", "张三"))));
        Assert.Equal("persons|name=张三|phone=13800000000", persons.NaturalKey(Row(RecordKind.Persons, ("name", "张 三"), ("phone", "13800000000"))));
        Assert.Throws<ArgumentException>(() => persons.NaturalKey(Row(RecordKind.Persons, ("name", "张三"))));
    }

    [Fact]
    public void A_case_party_is_keyed_by_its_id_when_present_else_its_name()
    {
        var withId = Row(RecordKind.CaseParties, ("case_no", "C1"), ("role", "plaintiff"), ("party_id", "91110000600037341L"), ("party_name", "某公司"));
        var withName = Row(RecordKind.CaseParties, ("case_no", "C1"), ("role", "defendant"), ("party_name", "李四"));

        Assert.Equal("case_parties|case_no=C1|role=PLAINTIFF|party_id=91110000600037341L", RecordSchemas.NaturalKey(withId));
        Assert.Equal("case_parties|case_no=C1|role=DEFENDANT|party_name=李四", RecordSchemas.NaturalKey(withName));
    }

    [Fact]
    public void Bid_times_in_different_offsets_are_the_same_key()
    {
        var local = Row(RecordKind.Bids, ("auction_id", "A1"), ("bidder_name", "王五"), ("bid_at", "2024-03-01T10:00:00+08:00"));
        var utc = Row(RecordKind.Bids, ("auction_id", "A1"), ("bidder_name", "王五"), ("bid_at", "2024-03-01T02:00:00Z"));
        var unmarked = Row(RecordKind.Bids, ("auction_id", "A1"), ("bidder_name", "王五"), ("bid_at", "2024-03-01T10:00:00"));

        Assert.Equal(RecordSchemas.NaturalKey(local), RecordSchemas.NaturalKey(utc));
        Assert.Equal(RecordSchemas.NaturalKey(local), RecordSchemas.NaturalKey(unmarked));
    }

    [Fact]
    public void Extra_fields_are_the_ones_the_spec_does_not_name()
    {
        var row = Row(RecordKind.Cases, ("case_no", "C1"), ("source_system", "x"), ("court", "法院"));

        Assert.Equal(["source_system"], RecordSchemas.For(RecordKind.Cases).ExtraFields(row));
    }

    private static RecordRow Row(RecordKind kind, params (string Name, string Value)[] fields) =>
        new(kind, "test.csv", 2, fields.ToDictionary(f => f.Name, f => f.Value));
}
