using System.Text;
using CsCheck;
using Graph.Records.Dataset;
using Graph.Records.Issues;
using Graph.Records.Reading;
using Graph.Records.Rows;

namespace Graph.Records.Tests.Reading;

/// <summary>Whatever the bytes, a reader ends, never throws, and accounts for every line it cannot load.</summary>
public class MalformedInputTests
{
    private static readonly Gen<string> Garbage = Gen.Char["a,\"\n\r 张{}:"].Array[0, 200].Select(c => new string(c));

    [Fact]
    public void Arbitrary_csv_text_is_read_to_the_end_with_rows_in_line_order() =>
        Gen.Select(Garbage, Gen.Int[16, 64]).Sample((body, limit) =>
        {
            var text = "case_no,court\n" + body;
            var options = new RecordReaderOptions { BufferBytes = 16, MaxRowBytes = limit };
            var result = RecordText.Read(text, RecordKind.Cases, options: options);
            var lines = text.Count(c => c == '\n') + 1;

            Assert.All(result.Rows, r => Assert.InRange(r.Line, 2, lines));
            Assert.Equal(result.Rows.Select(r => r.Line).Order(), result.Rows.Select(r => r.Line));
            Assert.Equal(result.Rejected, result.Errors.Select(i => i.Line).Distinct().Count());
        });

    [Fact]
    public void Arbitrary_json_lines_are_read_to_the_end() =>
        Garbage.Sample(body =>
        {
            var result = RecordText.Json("{\"case_no\":\"C0\"}\n" + body + "\n{\"case_no\":\"C9\"}", RecordKind.Cases);

            Assert.Equal("C0", result.Rows[0].Get("case_no"));
            Assert.Equal("C9", result.Rows[^1].Get("case_no"));
        });

    [Fact]
    public void An_io_error_mid_file_is_reported_and_the_rows_before_it_are_kept()
    {
        var csv = "case_no\n" + string.Concat(Enumerable.Range(0, 1000).Select(i => $"C{i}\n"));
        var sink = new ListIssueSink();
        var stream = new FailingStream(Encoding.UTF8.GetBytes(csv), failAfter: 2000);
        using var reader = RecordFileReader.Open(stream, RecordKind.Cases, RecordFormat.Csv, "cases.csv", sink, new RecordReaderOptions { BufferBytes = 512 });

        var rows = reader.ReadRows().ToList();

        Assert.InRange(rows.Count, 100, 999);
        var issue = Assert.Single(sink.Issues);
        Assert.Equal((RecordErrorCodes.UnreadableFile, "cases.csv"), (issue.Code, issue.File));
    }

    private sealed class FailingStream(byte[] data, int failAfter) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            if (Position >= failAfter)
            {
                throw new IOException("disk went away");
            }

            return base.Read(buffer, offset, Math.Min(count, failAfter - (int)Position));
        }
    }
}
