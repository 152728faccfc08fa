using Graph.Cypher.Tck.Cli;
using Graph.Cypher.Tck.Tests.Support;

namespace Graph.Cypher.Tck.Tests.Cli;

public sealed class RunnerOptionsParserTests : IDisposable
{
    private readonly TempTck _tck = new();

    public void Dispose() => _tck.Dispose();

    [Fact]
    public void Defaults_are_the_CI_settings()
    {
        var options = RunnerOptionsParser.Parse([_tck.FeaturesDirectory]);

        Assert.Equal(Path.GetFullPath(_tck.FeaturesDirectory), options.FeaturesDirectory);
        Assert.Equal("tck-report.json", options.ReportPath);
        Assert.Equal((0.9, 0.8, 10_000, false), (options.MinPass, options.MinFolder, options.TimeoutMs, options.Verbose));
    }

    [Fact]
    public void The_TCK_folder_itself_resolves_to_its_features_folder() =>
        Assert.Equal(Path.GetFullPath(_tck.FeaturesDirectory), RunnerOptionsParser.Parse([_tck.Root]).FeaturesDirectory);

    [Fact]
    public void Every_option_is_read()
    {
        var options = RunnerOptionsParser.Parse(
            ["--report", "r.json", _tck.Root, "--min-pass", "0.95", "--min-folder", "0.5", "--filter", "Match", "--timeout-ms", "250", "--verbose", "--max-failures", "3", "--exclusions", "x.json"]);

        Assert.Equal(("r.json", 0.95, 0.5, "Match", 250, true, 3, "x.json"),
            (options.ReportPath, options.MinPass, options.MinFolder, options.Filter, options.TimeoutMs, options.Verbose, options.MaxFailures, options.ExclusionsPath));
    }

    [Theory]
    [InlineData("--min-pass", "1.5")]
    [InlineData("--timeout-ms", "-1")]
    [InlineData("--unknown", "x")]
    [InlineData("--report", null)]
    public void Bad_arguments_are_refused(string flag, string? value)
    {
        string[] args = value is null ? [_tck.Root, flag] : [_tck.Root, flag, value];

        Assert.Throws<ArgumentException>(() => RunnerOptionsParser.Parse(args));
    }

    [Fact]
    public void A_missing_or_absent_directory_is_refused()
    {
        Assert.Throws<ArgumentException>(() => RunnerOptionsParser.Parse([]));
        Assert.Throws<ArgumentException>(() => RunnerOptionsParser.Parse([Path.Combine(_tck.Root, "nope")]));
    }
}
