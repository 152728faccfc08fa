using System.CommandLine;
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

    public static async Task<int> RunAsync(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        System.Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        var parse = Build().Parse(args);
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
