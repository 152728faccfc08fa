using Graph.Records.Issues;
using Graph.Records.Reading;
using Graph.Records.Rows;

namespace Graph.Records.Tests.Reading;

public class CsvReaderTests
{
    private const string Header = "case_no,court,cause_text,judge\n";

    [Fact]
    public void Reads_rows_with_line_numbers_counting_the_header_as_line_1()
    {
        var result = RecordText.Read(Header + "(2019)浙0602民初1234号,绍兴市越城区人民法院,民间借贷,王五\nC2,法院,,\n", RecordKind.Cases);

        Assert.Empty(result.Issues);
        Assert.Equal([2, 3], result.Rows.Select(r => r.Line));
        Assert.Equal("(2019)浙0602民初1234号", result.Rows[0].Get("case_no"));
        Assert.Equal("绍兴市越城区人民法院", result.Rows[0].Get("court"));
        Assert.Equal("cases.csv:2", result.Rows[0].Source);
        Assert.Null(result.Rows[1].Get("judge"));
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_first_column_name()
    {
        var result = RecordText.Read(Header + "C1,court,,\n", RecordKind.Cases, bom: true);

        Assert.Equal("C1", Assert.Single(result.Rows).Get("case_no"));
        Assert.Empty(result.ExtraColumns);
    }

    [Fact]
    public void Crlf_line_ends_are_not_part_of_values()
    {
        var result = RecordText.Read("case_no,court,cause_text,judge\r\nC1,court,text,王五\r\nC2,court,\"quoted\",李四\r\n", RecordKind.Cases);

        Assert.Equal(["王五", "李四"], result.Rows.Select(r => r.Fields["judge"]));
        Assert.Equal("quoted", result.Rows[1].Fields["cause_text"]);
        Assert.Equal([2, 3], result.Rows.Select(r => r.Line));
    }

    [Fact]
    public void Quoted_fields_hold_commas_doubled_quotes_and_newlines()
    {
        var text = Header + "C1,\"法院, 第一庭\",\"他说\"\"还钱\"\"\n第二行\r\n第三行\",王五\nC2,court,,\n";
        var result = RecordText.Read(text, RecordKind.Cases);

        Assert.Empty(result.Issues);
        Assert.Equal("法院, 第一庭", result.Rows[0].Fields["court"]);
        Assert.Equal("他说\"还钱\"\n第二行\r\n第三行", result.Rows[0].Fields["cause_text"]);
        Assert.Equal([2, 5], result.Rows.Select(r => r.Line));
    }

    [Fact]
    public void The_last_row_may_lack_a_line_end_and_may_end_with_an_empty_field()
    {
        var result = RecordText.Read(Header + "C1,court,text,\nC2,court,\"x\",", RecordKind.Cases);

        Assert.Empty(result.Issues);
        Assert.Equal(2, result.Rows.Count);
        Assert.False(result.Rows[1].Fields.ContainsKey("judge"));
    }

    [Fact]
    public void Blank_lines_are_skipped_and_still_counted()
    {
        var result = RecordText.Read(Header + "\nC1,court,,\n\r\n\nC2,court,,\n\n", RecordKind.Cases);

        Assert.Empty(result.Issues);
        Assert.Equal([3, 6], result.Rows.Select(r => r.Line));
    }

    [Fact]
    public void A_broken_quote_mid_file_rejects_its_row_and_the_rows_after_it_still_load()
    {
        var text = Header + "C1,court,,\nC2,\"unterminated court,text,judge\nC3,court,,\nC4,court,,\n";
        var result = RecordText.Read(text, RecordKind.Cases);

        Assert.Equal(["C1", "C3", "C4"], result.Rows.Select(r => r.Get("case_no")));
        Assert.Equal([2, 4, 5], result.Rows.Select(r => r.Line));
        var issue = Assert.Single(result.Issues);
        Assert.Equal((RecordErrorCodes.BrokenQuote, 3, IssueSeverity.Error), (issue.Code, issue.Line, issue.Severity));
        Assert.Equal(4, issue.Column);
        Assert.Contains("C2,\"unterminated", issue.Raw, StringComparison.Ordinal);
        Assert.Equal(1, result.Rejected);
    }

    [Fact]
    public void A_stray_quote_that_closes_lines_later_costs_only_its_own_row()
    {
        var text = Header + "C1,\"court,text,judge\nC2,court,text,judge\nC3,court\",text\nC4,court,,\n";
        var result = RecordText.Read(text, RecordKind.Cases);

        // The quote joins lines 2-4 into one row of the wrong width; re-reading from line 3 keeps C2 and C4,
        // and the orphaned closing quote on line 4 is reported on its own.
        Assert.Equal(["C2", "C4"], result.Rows.Select(r => r.Get("case_no")));
        Assert.Equal(
            [(RecordErrorCodes.WrongColumnCount, 2), (RecordErrorCodes.BrokenQuote, 4)],
            result.Issues.Select(i => (i.Code, i.Line)));
    }

    [Theory]
    [InlineData("C2,\"court\"x,text,judge\n")]
    [InlineData("C2,co\"urt,text,judge\n")]
    public void Text_around_quotes_breaks_the_row(string badRow)
    {
        var result = RecordText.Read(Header + badRow + "C3,court,,\n", RecordKind.Cases);

        Assert.Equal("C3", Assert.Single(result.Rows).Get("case_no"));
        Assert.Equal(3, result.Rows[0].Line);
        Assert.Equal(RecordErrorCodes.BrokenQuote, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void An_unterminated_quote_at_the_end_of_the_file_is_reported()
    {
        var result = RecordText.Read(Header + "C1,court,,\nC2,\"never closed\n\n", RecordKind.Cases);

        Assert.Equal("C1", Assert.Single(result.Rows).Get("case_no"));
        var issue = Assert.Single(result.Issues);
        Assert.Equal((RecordErrorCodes.BrokenQuote, 3), (issue.Code, issue.Line));
        Assert.Contains("end of the file", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_running_past_the_row_limit_is_rejected_and_reading_resumes_on_the_next_line()
    {
        var filler = string.Concat(Enumerable.Repeat("C9,court,,\n", 40));
        var text = Header + "C1,\"runaway,,\n" + filler;
        var options = new RecordReaderOptions { MaxRowBytes = 64, BufferBytes = 16 };
        var result = RecordText.Read(text, RecordKind.Cases, options: options);

        Assert.Equal(40, result.Rows.Count);
        Assert.Equal(3, result.Rows[0].Line);
        Assert.Equal(RecordErrorCodes.BrokenQuote, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void A_line_over_the_row_limit_is_rejected_without_reading_it_into_memory()
    {
        var text = Header + "C1," + new string('x', 500) + ",,\nC2,court,,\n";
        var result = RecordText.Read(text, RecordKind.Cases, options: new RecordReaderOptions { MaxRowBytes = 64, BufferBytes = 16 });

        Assert.Equal("C2", Assert.Single(result.Rows).Get("case_no"));
        Assert.Equal((RecordErrorCodes.RowTooLong, 2), (result.Issues[0].Code, result.Issues[0].Line));
    }

    [Theory]
    [InlineData("C2,court,text\n")]
    [InlineData("C2,court,text,judge,extra\n")]
    public void A_wrong_column_count_rejects_the_row(string badRow)
    {
        var result = RecordText.Read(Header + badRow + "C3,court,,\n", RecordKind.Cases);

        Assert.Equal("C3", Assert.Single(result.Rows).Get("case_no"));
        var issue = Assert.Single(result.Issues);
        Assert.Equal((RecordErrorCodes.WrongColumnCount, 2, IssueSeverity.Error), (issue.Code, issue.Line, issue.Severity));
    }

    [Fact]
    public void Unknown_columns_are_kept_and_reported_as_extras()
    {
        var result = RecordText.Read("case_no,source_system,court\nC1,法院系统A,court\n", RecordKind.Cases);

        var row = Assert.Single(result.Rows);
        Assert.Equal("法院系统A", row.Fields["source_system"]);
        Assert.Equal(["source_system"], result.ExtraColumns);
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void Missing_optional_columns_mean_unknown_and_column_order_does_not_matter()
    {
        var result = RecordText.Read("judge,case_no\n王五,C1\n", RecordKind.Cases);

        var row = Assert.Single(result.Rows);
        Assert.Equal(("C1", "王五"), (row.Get("case_no"), row.Get("judge")));
        Assert.Null(row.GetDecimal("amount_claimed"));
    }

    [Fact]
    public void A_duplicate_column_is_reported_and_the_first_one_wins()
    {
        var result = RecordText.Read("case_no,court,court\nC1,first,second\n", RecordKind.Cases);

        Assert.Equal("first", Assert.Single(result.Rows).Get("court"));
        Assert.Equal(RecordErrorCodes.DuplicateColumn, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void A_broken_header_means_the_file_is_not_loaded_and_says_so()
    {
        var result = RecordText.Read("case_no,\"court\nC1,court\n", RecordKind.Cases);

        Assert.Empty(result.Rows);
        Assert.Equal(RecordErrorCodes.UnreadableHeader, Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void An_empty_file_has_no_rows_and_no_issues()
    {
        var result = RecordText.Read("", RecordKind.Cases);

        Assert.Empty(result.Rows);
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void Header_names_match_the_schema_ignoring_case_and_surrounding_spaces()
    {
        var result = RecordText.Read("Case_No , COURT,Source\nC1,法院,x\n", RecordKind.Cases);

        var row = Assert.Single(result.Rows);
        Assert.Equal(("C1", "法院", "x"), (row.Get("case_no"), row.Get("court"), row.Get("Source")));
        Assert.Equal(["Source"], result.ExtraColumns);
    }
}
