using Graph.Cli.Tests.Support;

namespace Graph.Cli.Tests.Commands;

public sealed class UsageTests
{
    [Fact]
    public void Help_lists_every_verb()
    {
        using var dir = new TempFolder();
        var result = GraphProcess.Run(dir.Path, "--help");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        foreach (var verb in new[] { "generate", "load", "stats", "demo" })
        {
            Assert.Contains(verb, result.Output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("generate")]
    [InlineData("load")]
    [InlineData("stats")]
    [InlineData("demo")]
    public void Every_verb_has_help(string verb)
    {
        using var dir = new TempFolder();
        var result = GraphProcess.Run(dir.Path, verb, "--help");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("--", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_verb_is_a_usage_error()
    {
        using var dir = new TempFolder();
        var result = GraphProcess.Run(dir.Path, "frobnicate");
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_of_a_missing_folder_says_so_with_a_code()
    {
        using var dir = new TempFolder();
        var result = GraphProcess.Run(dir.Path, "load", "no-such-folder", "--store", dir["store"]);
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("error CLI020", result.Error, StringComparison.Ordinal);
        Assert.Contains("no-such-folder", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_without_a_store_says_how_to_make_one()
    {
        using var dir = new TempFolder();
        var result = GraphProcess.Run(dir.Path, "stats", "--store", dir["nothing"]);
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("graph load", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_scale_is_refused()
    {
        using var dir = new TempFolder();
        var result = GraphProcess.Run(dir.Path, "generate", "--scale", "-1", "--out", dir["x"]);
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--scale", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_profile_is_refused()
    {
        using var dir = new TempFolder();
        var result = GraphProcess.Run(dir.Path, "generate", "--scale", "0.02", "--profile", "odd", "--out", dir["x"]);
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("shifted", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shifted_profile_is_named_in_the_truth()
    {
        using var dir = new TempFolder();
        var result = GraphProcess.Run(dir.Path, "generate", "--scale", "0.02", "--profile", "shifted", "--out", dir["x"]);
        Assert.True(result.ExitCode == ExitCodes.Ok, result.Error);
        Assert.Contains("\"profile\": \"shifted\"", File.ReadAllText(dir["x.truth.json"]), StringComparison.Ordinal);
    }
}
