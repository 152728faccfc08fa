using System.Text;
using CsCheck;
using Graph.Records.Reading;
using Graph.Records.Rows;

namespace Graph.Records.Tests.Reading;

/// <summary>Whatever RFC 4180 text a writer produces reads back to the same values and line numbers, whatever the buffer size.</summary>
public class CsvRoundTripTests
{
    private static readonly Gen<string> Values = Gen.Char["ab,\"\n\r 张三·１"].Array[0, 12].Select(c => new string(c));

    private static readonly Gen<string[][]> Tables =
        Gen.Select(Values, Values, Values, (court, text, judge) => new[] { court, text, judge }).Array[0, 20];

    [Fact]
    public void Written_rows_read_back_unchanged() =>
        Gen.Select(Tables, Gen.Int[16, 128], Gen.Bool).Sample((table, buffer, crlf) =>
        {
            var newline = crlf ? "\r\n" : "\n";
            var csv = new StringBuilder("case_no,court,cause_text,judge" + newline);
            var expectedLines = new List<int>();
            var line = 2;
            for (var i = 0; i < table.Length; i++)
            {
                expectedLines.Add(line);
                csv.Append('C').Append(i);
                foreach (var value in table[i])
                {
                    csv.Append(',').Append(Quote(value));
                    line += value.Count(c => c == '\n');
                }

                csv.Append(newline);
                line++;
            }

            var result = RecordText.Read(csv.ToString(), RecordKind.Cases, options: new RecordReaderOptions { BufferBytes = buffer });
            Assert.Empty(result.Issues);
            Assert.Equal(expectedLines, result.Rows.Select(r => r.Line));
            for (var i = 0; i < table.Length; i++)
            {
                Assert.Equal(table[i][0], result.Rows[i].Fields.GetValueOrDefault("court", ""));
                Assert.Equal(table[i][1], result.Rows[i].Fields.GetValueOrDefault("cause_text", ""));
                Assert.Equal(table[i][2], result.Rows[i].Fields.GetValueOrDefault("judge", ""));
            }
        });

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
