using System.Diagnostics;
using System.Text.Json;
using Graph.Cli.Tests.Support;

namespace Graph.Cli.Tests.Commands;

/// <summary>
/// A `graph load` killed with SIGKILL half-way leaves a store that opens, and loading again
/// ends with exactly what an uninterrupted load gives.
/// </summary>
public sealed class CrashTests
{
    [Fact]
    public void A_killed_load_recovers_and_a_second_load_completes_it()
    {
        using var dir = new TempFolder();
        Assert.Equal(ExitCodes.Ok, GraphProcess.Run(dir.Path, "generate", "--scale", "0.2", "--seed", "5", "--out", dir["data"]).ExitCode);

        var clean = GraphProcess.Run(dir.Path, "load", dir["data"], "--store", dir["clean"]);
        Assert.True(clean.ExitCode == ExitCodes.Ok, clean.Error);

        KillLoadMidway(dir);
        var recovered = Stats(dir, "crashed");
        Assert.True(recovered.ExitCode == ExitCodes.Ok, recovered.Error);

        var resumed = GraphProcess.Run(dir.Path, "load", dir["data"], "--store", dir["crashed"]);
        Assert.True(resumed.ExitCode == ExitCodes.Ok, resumed.Error);

        var expected = JsonDocument.Parse(Stats(dir, "clean").Output).RootElement;
        var actual = JsonDocument.Parse(Stats(dir, "crashed").Output).RootElement;
        Assert.Equal(expected.GetProperty("nodes").GetInt64(), actual.GetProperty("nodes").GetInt64());
        Assert.Equal(expected.GetProperty("relationships").GetInt64(), actual.GetProperty("relationships").GetInt64());
        Assert.Equal(expected.GetProperty("nodes_by_label").ToString(), actual.GetProperty("nodes_by_label").ToString());
        Assert.Equal(expected.GetProperty("relationships_by_type").ToString(), actual.GetProperty("relationships_by_type").ToString());
    }

    private static GraphProcess.Result Stats(TempFolder dir, string store) =>
        GraphProcess.Run(dir.Path, "stats", "--store", dir[store], "--format", "json");

    /// <summary>Starts a load with small batches and kills it once its write-ahead log has grown.</summary>
    private static void KillLoadMidway(TempFolder dir)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = dir.Path, UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "graph.dll"), "load", dir["data"], "--store", dir["crashed"], "--batch-rows", "200" })
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEndAsync();
        process.StandardError.ReadToEndAsync();
        var deadline = Stopwatch.StartNew();
        while (!process.HasExited && deadline.Elapsed < TimeSpan.FromSeconds(60) && LogBytes(dir["crashed"]) < 256 * 1024)
        {
            Thread.Sleep(20);
        }

        Assert.False(process.HasExited, "the load finished before it could be killed; use a larger dataset");
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    private static long LogBytes(string store) =>
        Directory.Exists(store) ? new DirectoryInfo(store).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) : 0;
}
