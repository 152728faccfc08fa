using System.Globalization;
using Graph.Generation.Tests.Support;

namespace Graph.Generation.Tests;

public class MalformedRowTests
{
    [Theory]
    [InlineData(OutputFormat.Csv)]
    [InlineData(OutputFormat.Mixed)]
    public void Malformed_rows_are_exactly_the_lines_the_truth_lists(OutputFormat format)
    {
        var data = Generated.Get(0.1, 3, format);
        Assert.NotEmpty(data.Malformed);
        foreach (var (file, lines) in data.Lines)
        {
            var baseName = Path.GetFileNameWithoutExtension(file);
            var first = Dataset.IsNdjson(file) ? 1 : 2;
            for (long line = first; line <= lines.Length; line++)
            {
                var row = data.Parse(file, line);
                var bad = row is null || !Wellformed(baseName, row);
                Assert.True(bad == data.Malformed.Contains((file, line)), $"{file}:{line} bad={bad}: {lines[line - 1]}");
            }
        }
    }

    [Fact]
    public void Every_kind_of_breakage_occurs()
    {
        var data = Generated.Get(0.2, 3);
        var reasons = data.Truth.GetProperty("malformed").EnumerateArray().Select(m => m.GetProperty("reason").GetString()!.Split(':')[0]).ToHashSet();
        Assert.Superset(new HashSet<string> { "broken_quoting", "wrong_type", "missing_key", "column_count" }, reasons);
    }

    private static bool Wellformed(string baseName, DataRow row)
    {
        if (row[SpecFields.Keys[baseName]] is null)
        {
            return false;
        }

        foreach (var (column, value) in row.Values)
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            if (SpecFields.DateColumns.Contains(column) && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                return false;
            }

            if (SpecFields.NumberColumns.Contains(column) && !decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
            {
                return false;
            }
        }

        return true;
    }
}
