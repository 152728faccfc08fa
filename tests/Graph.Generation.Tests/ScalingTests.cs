using Graph.Generation.Tests.Support;

namespace Graph.Generation.Tests;

public class ScalingTests
{
    [Theory]
    [InlineData("cases")]
    [InlineData("case_parties")]
    [InlineData("persons")]
    [InlineData("companies")]
    [InlineData("invoices")]
    [InlineData("insurance_claims")]
    [InlineData("claims")]
    public void Row_counts_grow_linearly_with_scale(string baseName)
    {
        var small = Generated.Get(0.1, 9).Rows(baseName).Count();
        var large = Generated.Get(0.2, 9).Rows(baseName).Count();
        Assert.InRange(large / (double)small, 1.6, 2.4);
    }

    [Fact]
    public void Scale_one_tenth_is_about_two_thousand_cases_and_ten_rings_per_model()
    {
        var data = Generated.Get(0.1, 9);
        Assert.InRange(data.Rows("cases").Count(), 1_500, 2_600);
        Assert.InRange(RingTests.Rings(data).Count(), 5 * 3, 5 * 3 * 4);
    }

    [Fact]
    public void Progress_reports_rows_written()
    {
        var reports = new List<GenerationProgress>();
        var options = Generated.Options(0.05, 12, OutputFormat.Csv, "progress");
        var summary = DatasetGenerator.Generate(options, new SynchronousProgress(reports));
        Assert.NotEmpty(reports);
        Assert.Equal("done", reports[^1].Stage);
        Assert.True(reports[^1].RowsWritten >= summary.TotalRows);
    }

    private sealed class SynchronousProgress(List<GenerationProgress> reports) : IProgress<GenerationProgress>
    {
        public void Report(GenerationProgress value) => reports.Add(value);
    }
}
