using System.CommandLine;
using System.Runtime;
using Graph.Cli.Commands;
using Graph.Cli.Console;

namespace Graph.Cli;

/// <summary>The `graph` command: one verb per job, each in its own file.</summary>
public static class CliApp
{
    public static RootCommand Build()
    {
        var root = new RootCommand("graph — correlation analysis of court, bankruptcy, auction, tax, insurance and registry records for false-litigation supervision.");
        root.Subcommands.Add(GenerateCommand.Create());
        root.Subcommands.Add(LoadCommand.Create());
        root.Subcommands.Add(StatsCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(EvalEntitiesCommand.Create());
        root.Subcommands.Add(RingsCommand.Create());
        root.Subcommands.Add(EvalRingsCommand.Create());
        root.Subcommands.Add(CypherCommand.Create());
        root.Subcommands.Add(RulesCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        return root;
    }

    /// <summary>
    /// Batch commands (load, rules, rings...) collect without a background GC thread, which cost them more CPU than it
    /// saved; the service collects its oldest generation in the background and avoids blocking full collections, so
    /// requests do not wait for a mark of the whole graph.
    /// </summary>
    public static GCLatencyMode GcModeFor(string command) =>
        command == "serve" ? GCLatencyMode.SustainedLowLatency : GCLatencyMode.Batch;

    public static async Task<int> RunAsync(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        System.Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        var parse = Build().Parse(args);
        GCSettings.LatencyMode = GcModeFor(parse.CommandResult.Command.Name);
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, cancellation.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return UserError.Report("CLI001", "cancelled.", ExitCodes.Cancelled);
        }
        catch (Exception e)
        {
            return InternalError.Report(e);
        }
    }
}
