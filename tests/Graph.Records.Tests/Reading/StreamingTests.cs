using System.Text;
using Graph.Records.Dataset;
using Graph.Records.Issues;
using Graph.Records.Reading;
using Graph.Records.Rows;

namespace Graph.Records.Tests.Reading;

public class StreamingTests
{
    [Fact]
    public void Progress_rises_while_reading_and_memory_stays_at_the_buffer()
    {
        var csv = new StringBuilder("case_no,court,amount_claimed\n");
        for (var i = 0; i < 50_000; i++)
        {
            csv.Append('C').Append(i).Append(",绍兴市越城区人民法院,").Append(i).Append(".5\n");
        }

        var bytes = Encoding.UTF8.GetBytes(csv.ToString());
        var sink = new CountingIssueSink();
        using var reader = RecordFileReader.Open(new MemoryStream(bytes), RecordKind.Cases, RecordFormat.Csv, "cases.csv", sink);
        var seen = new List<double>();
        var count = 0;
        foreach (var row in reader.ReadRows())
        {
            if (++count % 10_000 == 0 && count < 50_000)
            {
                seen.Add(reader.Progress);
                Assert.True(reader.BytesRead < bytes.Length);
            }
        }

        Assert.Equal(50_000, count);
        Assert.Equal(50_000, reader.RowsYielded);
        Assert.Equal(0, sink.Total);
        Assert.Equal(seen.Order(), seen);
        Assert.True(seen[0] is > 0 and < 0.5);
        Assert.Equal(1, reader.Progress);
        Assert.Equal(bytes.Length, reader.BytesRead);
    }

    [Fact]
    public void Every_row_is_either_yielded_or_rejected()
    {
        var text = "case_no,filed_on\nC1,2020-01-01\nC2,bad\n,2020-01-01\nC4,\"x\"y\nC5\nC6,2020-02-02\n";
        var sink = new CountingIssueSink();
        using var reader = RecordFileReader.Open(
            new MemoryStream(Encoding.UTF8.GetBytes(text)), RecordKind.Cases, RecordFormat.Csv, "cases.csv", sink);

        var rows = reader.ReadRows().ToList();

        Assert.Equal(2, rows.Count);
        Assert.Equal(4, reader.RowsRejected);
        Assert.Equal(4, sink.Errors);
    }

    [Fact]
    public void A_reader_reads_once()
    {
        using var reader = RecordFileReader.Open(
            new MemoryStream("case_no\nC1\n"u8.ToArray()), RecordKind.Cases, RecordFormat.Csv, "cases.csv", new ListIssueSink());

        _ = reader.ReadRows().ToList();
        Assert.Throws<InvalidOperationException>(() => reader.ReadRows());
    }
}
