using Graph.Records.Issues;
using Graph.Records.Rows;

namespace Graph.Records.Tests.Reading;

public class ValidationTests
{
    [Theory]
    [InlineData("filed_on", "2019-13-01")]
    [InlineData("filed_on", "2019/01/01")]
    [InlineData("amount_claimed", "12,000")]
    [InlineData("amount_claimed", "一万")]
    [InlineData("public_notice", "maybe")]
    public void A_value_of_the_wrong_type_rejects_the_row(string field, string value)
    {
        var result = RecordText.Read($"case_no,{field}\nC1,\"{value}\"\nC2,\n", RecordKind.Cases);

        Assert.Equal("C2", Assert.Single(result.Rows).Get("case_no"));
        var issue = Assert.Single(result.Issues);
        Assert.Equal((RecordErrorCodes.WrongType, field, 2, IssueSeverity.Error), (issue.Code, issue.Field, issue.Line, issue.Severity));
        Assert.Contains(value, issue.Message, StringComparison.Ordinal);
        Assert.Equal(1, result.Rejected);
    }

    [Fact]
    public void Typed_values_in_the_spec_formats_are_accepted()
    {
        var result = RecordText.Read(
            "auction_id,deal_price,starts_at,notice_on,round\nA1,1234567.89,2024-03-01T10:00:00+08:00,2024-02-01,sale\nA2,-5,2024-03-01 10:00:00,2024-02-29,2\n",
            RecordKind.Auctions);

        Assert.Empty(result.Issues);
        Assert.Equal(2, result.Rows.Count);
    }

    [Theory]
    [InlineData("YES")]
    [InlineData("1")]
    [InlineData("False")]
    public void Booleans_accept_the_spec_spellings(string value) =>
        Assert.Empty(RecordText.Read($"case_no,public_notice\nC1,{value}\n", RecordKind.Cases).Issues);

    [Fact]
    public void A_missing_key_field_rejects_the_row()
    {
        var result = RecordText.Read("case_no,court\n ,法院\nC2,法院\n", RecordKind.Cases);

        Assert.Single(result.Rows);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((RecordErrorCodes.MissingKeyField, "case_no", 2), (issue.Code, issue.Field, issue.Line));
    }

    [Fact]
    public void An_unknown_enum_value_is_a_warning_and_the_row_is_kept()
    {
        var result = RecordText.Read("case_no,case_type\nC1,Civil_First\nC2,appeal\n", RecordKind.Cases);

        Assert.Equal(2, result.Rows.Count);
        var issue = Assert.Single(result.Issues);
        Assert.Equal((RecordErrorCodes.UnknownEnumValue, "case_type", 3, IssueSeverity.Warning), (issue.Code, issue.Field, issue.Line, issue.Severity));
    }

    [Theory]
    [InlineData("360426199101010072", "BadCheckDigit")]
    [InlineData("36042619910101007", "BadLength")]
    [InlineData("360426199102300071", "BadBirthDate")]
    public void An_invalid_resident_id_is_a_warning_and_the_row_is_kept(string id, string why)
    {
        var result = RecordText.Read($"id_number,name\n{id},张三\n", RecordKind.Persons);

        Assert.Equal(id, Assert.Single(result.Rows).Get("id_number"));
        var issue = Assert.Single(result.Issues);
        Assert.Equal((RecordErrorCodes.InvalidResidentId, "id_number", IssueSeverity.Warning), (issue.Code, issue.Field, issue.Severity));
        Assert.Contains(why, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_early_uscc_failing_its_check_is_kept_with_a_warning()
    {
        var result = RecordText.Read("uscc,name\n91110000600037341M,某某公司\n91110000600037341L,好公司\n", RecordKind.Companies);

        Assert.Equal(2, result.Rows.Count);
        Assert.Equal((RecordErrorCodes.InvalidUscc, 2), (result.Issues[0].Code, result.Issues[0].Line));
        Assert.Single(result.Issues);
    }

    [Theory]
    [InlineData("person", "91110000600037341L", RecordErrorCodes.InvalidResidentId)]
    [InlineData("company", "360426199101010071", RecordErrorCodes.InvalidUscc)]
    [InlineData("", "360426199101010072", RecordErrorCodes.InvalidPartyId)]
    public void Party_ids_are_checked_by_the_party_kind(string kind, string id, string code)
    {
        var result = RecordText.Read($"case_no,role,party_kind,party_name,party_id\nC1,plaintiff,{kind},某,{id}\n", RecordKind.CaseParties);

        Assert.Single(result.Rows);
        Assert.Equal(code, Assert.Single(result.Issues).Code);
    }

    [Theory]
    [InlineData("person", "360426199101010071")]
    [InlineData("company", "91110000600037341L")]
    [InlineData("", "91110000600037341L")]
    [InlineData("", "34052419800101001X")]
    public void Valid_party_ids_raise_nothing(string kind, string id) =>
        Assert.Empty(RecordText.Read($"case_no,role,party_kind,party_name,party_id\nC1,plaintiff,{kind},某,{id}\n", RecordKind.CaseParties).Issues);

    [Fact]
    public void A_row_with_an_error_and_a_warning_reports_both_and_counts_one_rejection()
    {
        var result = RecordText.Read("case_no,case_type,filed_on\nC1,appeal,yesterday\n", RecordKind.Cases);

        Assert.Empty(result.Rows);
        Assert.Equal([RecordErrorCodes.UnknownEnumValue, RecordErrorCodes.WrongType], result.Issues.Select(i => i.Code));
        Assert.Equal(1, result.Rejected);
    }
}
