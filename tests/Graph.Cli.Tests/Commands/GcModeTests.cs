using System.Runtime;

namespace Graph.Cli.Tests.Commands;

public sealed class GcModeTests
{
    [Theory]
    [InlineData("load")]
    [InlineData("rules")]
    [InlineData("rings")]
    [InlineData("eval")]
    public void Batch_commands_collect_without_background_gc(string command) =>
        Assert.Equal(GCLatencyMode.Batch, CliApp.GcModeFor(command));

    [Fact]
    public void The_service_avoids_blocking_full_collections() =>
        Assert.Equal(GCLatencyMode.SustainedLowLatency, CliApp.GcModeFor("serve"));
}
