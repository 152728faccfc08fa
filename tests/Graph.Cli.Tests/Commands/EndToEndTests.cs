using System.Text.Json;
using Graph.Cli.Tests.Support;

namespace Graph.Cli.Tests.Commands;

/// <summary>generate → load → stats through the real program, as the README tells a new user to.</summary>
public sealed class EndToEndTests
{
    [Fact]
    public void Generate_load_twice_and_stats_agree()
    {
        using var dir = new TempFolder();
        var generated = GraphProcess.Run(dir.Path, "generate", "--scale", "0.05", "--seed", "3", "--out", dir["data"]);
        Assert.True(generated.ExitCode == ExitCodes.Ok, generated.Error);
        Assert.True(File.Exists(dir["data.truth.json"]));

        var first = GraphProcess.Run(dir.Path, "load", dir["data"], "--store", dir["store"]);
        Assert.True(first.ExitCode == ExitCodes.Ok, first.Error);
        var afterFirst = Stats(dir);

        var second = GraphProcess.Run(dir.Path, "load", dir["data"], "--store", dir["store"]);
        Assert.True(second.ExitCode == ExitCodes.Ok, second.Error);
        var afterSecond = Stats(dir);

        Assert.True(afterFirst.GetProperty("nodes").GetInt64() > 1000);
        Assert.Equal(afterFirst.GetProperty("nodes").GetInt64(), afterSecond.GetProperty("nodes").GetInt64());
        Assert.Equal(afterFirst.GetProperty("relationships").GetInt64(), afterSecond.GetProperty("relationships").GetInt64());
        Assert.Equal(afterFirst.GetProperty("nodes_by_label").ToString(), afterSecond.GetProperty("nodes_by_label").ToString());
    }

    [Fact]
    public void Demo_generates_loads_and_prints_counts()
    {
        using var dir = new TempFolder();
        var result = GraphProcess.Run(dir.Path, "demo", "--scale", "0.05");
        Assert.True(result.ExitCode == ExitCodes.Ok, result.Error);
        Assert.Contains("Nodes by label", result.Output, StringComparison.Ordinal);
        Assert.Contains("Entity resolution", result.Output, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(dir.Path, "data", "store")));
    }

    private static JsonElement Stats(TempFolder dir)
    {
        var stats = GraphProcess.Run(dir.Path, "stats", "--store", dir["store"], "--format", "json");
        Assert.True(stats.ExitCode == ExitCodes.Ok, stats.Error);
        return JsonDocument.Parse(stats.Output).RootElement.Clone();
    }
}
