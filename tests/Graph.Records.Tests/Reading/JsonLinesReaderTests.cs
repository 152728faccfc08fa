using Graph.Records.Issues;
using Graph.Records.Dataset;
using Graph.Records.Reading;
using Graph.Records.Rows;

namespace Graph.Records.Tests.Reading;

public class JsonLinesReaderTests
{
    [Fact]
    public void Values_become_text_numbers_in_their_json_form()
    {
        var result = RecordText.Json(
            """{"case_no":"C1","amount_claimed":12.50,"amount_awarded":1e3,"public_notice":true,"defendant_absent":false,"judge":null,"court":"杭州\"中院\""}""",
            RecordKind.Cases);

        var row = Assert.Single(result.Rows);
        Assert.Empty(result.Issues);
        Assert.Equal("12.50", row.Fields["amount_claimed"]);
        Assert.Equal(1000, row.GetDecimal("amount_awarded"));
        Assert.Equal("true", row.Fields["public_notice"]);
        Assert.False(row.GetBoolean("defendant_absent"));
        Assert.False(row.Fields.ContainsKey("judge"));
        Assert.Equal("杭州\"中院\"", row.Get("court"));
    }

    [Fact]
    public void Nested_values_are_kept_as_json_text()
    {
        var result = RecordText.Json("""{"case_no":"C1","tags":["a","b"],"meta":{"x":1}}""", RecordKind.Cases);

        var row = Assert.Single(result.Rows);
        Assert.Equal("""["a","b"]""", row.Fields["tags"]);
        Assert.Equal("""{"x":1}""", row.Fields["meta"]);
    }

    [Fact]
    public void A_malformed_line_in_the_middle_is_rejected_with_line_and_column_and_the_rest_loads()
    {
        var text = "{\"case_no\":\"C1\"}\r\n\n{\"case_no\":\"C2\",}\n  \n{\"case_no\":\"C3\"}\n";
        var result = RecordText.Json(text, RecordKind.Cases);

        Assert.Equal(["C1", "C3"], result.Rows.Select(r => r.Get("case_no")));
        Assert.Equal([1, 5], result.Rows.Select(r => r.Line));
        var issue = Assert.Single(result.Issues);
        Assert.Equal((RecordErrorCodes.MalformedJson, 3, 17), (issue.Code, issue.Line, issue.Column));
        Assert.DoesNotContain("LineNumber", issue.Message, StringComparison.Ordinal);
        Assert.Equal("{\"case_no\":\"C2\",}", issue.Raw);
    }

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("\"C1\"")]
    [InlineData("42")]
    public void A_line_that_is_not_an_object_is_rejected(string line)
    {
        var result = RecordText.Json(line + "\n{\"case_no\":\"C2\"}", RecordKind.Cases);

        Assert.Equal("C2", Assert.Single(result.Rows).Get("case_no"));
        var issue = Assert.Single(result.Issues);
        Assert.Equal((RecordErrorCodes.NotJsonObject, 1, 1), (issue.Code, issue.Line, issue.Column));
    }

    [Theory]
    [InlineData("{\"case_no\":\"C1\"} {\"case_no\":\"C2\"}")]
    [InlineData("{\"case_no\":\"C1\"")]
    [InlineData("{\"case_no\":\"C1\"} // comment")]
    public void Trailing_or_missing_text_is_malformed(string line)
    {
        var result = RecordText.Json(line, RecordKind.Cases);

        Assert.Empty(result.Rows);
        Assert.Equal(RecordErrorCodes.MalformedJson, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void Escaped_property_names_and_a_byte_order_mark_are_read()
    {
        var result = RecordText.Read("\uFEFF{\"case\\u005fno\":\"C1\"}\n{\"case_no\":\"C2\"}", RecordKind.Cases, RecordFormat.JsonLines);

        Assert.Equal(["C1", "C2"], result.Rows.Select(r => r.Get("case_no")));
    }

    [Fact]
    public void A_line_over_the_row_limit_is_rejected_and_skipped()
    {
        var text = "{\"case_no\":\"" + new string('x', 300) + "\"}\n{\"case_no\":\"C2\"}\n";
        var result = RecordText.Json(text, RecordKind.Cases, new RecordReaderOptions { MaxRowBytes = 64, BufferBytes = 16 });

        var row = Assert.Single(result.Rows);
        Assert.Equal(("C2", 2), (row.Get("case_no"), row.Line));
        Assert.Equal((RecordErrorCodes.RowTooLong, 1), (result.Issues[0].Code, result.Issues[0].Line));
    }

    [Fact]
    public void Property_names_match_the_schema_ignoring_case()
    {
        var result = RecordText.Json("{\"Case_No\":\"C1\",\"Extra\":1}\n{\"CASE_NO\":\"C2\"}", RecordKind.Cases);

        Assert.Equal(["C1", "C2"], result.Rows.Select(r => r.Get("case_no")));
        Assert.Equal("1", result.Rows[0].Get("Extra"));
    }
}
