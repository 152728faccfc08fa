using Graph.Generation.Tests.Support;

namespace Graph.Generation.Tests;

public class OutputFolderTests
{
    [Fact]
    public void Regenerating_in_another_format_leaves_one_copy_of_each_file()
    {
        var mixed = Generated.Options(0.05, 13, OutputFormat.Mixed, "reformat");
        DatasetGenerator.Generate(mixed);
        var csv = mixed with { Format = OutputFormat.Csv };
        DatasetGenerator.Generate(csv);
        var files = Directory.GetFiles(csv.OutputDirectory).Select(Path.GetFileName).ToArray();
        Assert.Equal(13, files.Length);
        Assert.All(files, f => Assert.EndsWith(".csv", f, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1000)]
    public void Scale_out_of_range_is_rejected(double scale)
    {
        var options = Generated.Options(scale, 1, OutputFormat.Csv, "bad-scale");
        Assert.Throws<ArgumentOutOfRangeException>(() => DatasetGenerator.Generate(options));
    }
}
