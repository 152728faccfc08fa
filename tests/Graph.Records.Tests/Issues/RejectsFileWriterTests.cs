using Graph.Records.Issues;

namespace Graph.Records.Tests.Issues;

public class RejectsFileWriterTests
{
    [Fact]
    public void Issues_are_written_as_csv_with_a_header_and_quoted_when_needed()
    {
        var text = new StringWriter();
        using (var writer = new RejectsFileWriter(text))
        {
            writer.Report(RecordIssue.Create(RecordErrorCodes.BrokenQuote, "cases.csv", 3, 4, raw: "C2,\"unterminated, court"));
            writer.Report(RecordIssue.Create(RecordErrorCodes.WrongType, "cases.csv", 5, field: "filed_on", detail: "'昨天' is not a date"));
        }

        var lines = text.ToString().Split('\n');
        Assert.Equal(RejectsFileWriter.Header, lines[0]);
        Assert.Equal("cases.csv,3,4,,REC001,error,broken or unterminated quote,\"C2,\"\"unterminated, court\"", lines[1]);
        Assert.Equal("cases.csv,5,,filed_on,REC004,error,value does not parse as the field's type: '昨天' is not a date,", lines[2]);
        Assert.Equal("", lines[3]);
    }

    [Fact]
    public void A_rejects_file_reads_back_with_the_records_csv_reader_rules()
    {
        var path = Path.GetTempFileName();
        try
        {
            using (var writer = new RejectsFileWriter(path))
            {
                writer.Report(RecordIssue.Create(RecordErrorCodes.UnknownEnumValue, "cases.csv", 2, field: "case_type", raw: "a\nb"));
            }

            var content = File.ReadAllText(path);
            Assert.StartsWith(RejectsFileWriter.Header + "\n", content, StringComparison.Ordinal);
            Assert.Contains("warning", content, StringComparison.Ordinal);
            Assert.Contains("\"a\nb\"", content, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
