using System.CommandLine;
using Graph.Cli.Console;
using Graph.Loading.Loading;
using Graph.Storage;

namespace Graph.Cli.Commands;

/// <summary>`graph load DIR`: records into the store, with entity resolution, progress and a rejects file.</summary>
public static class LoadCommand
{
    public static Command Create()
    {
        var dataset = new Argument<string>("dir") { Description = "Dataset folder holding record files (CSV or NDJSON, see docs/records.md)." };
        var store = CommonOptions.Store();
        var rejects = new Option<string?>("--rejects") { Description = "Where rejected rows and warnings are written (default: <store>/rejects/<time>.csv)." };
        var batch = new Option<int>("--batch-rows") { Description = "Rows per atomic batch.", DefaultValueFactory = _ => LoadOptions.Default.BatchRows };
        batch.Validators.Add(r =>
        {
            if (r.GetValue(batch) < 1)
            {
                r.AddError("--batch-rows must be at least 1.");
            }
        });

        var command = new Command("load", "Load a dataset folder into the embedded store. Loading the same folder twice changes nothing.")
        {
            dataset, store, rejects, batch,
        };
        command.SetAction((parse, ct) => Task.FromResult(Run(
            parse.GetValue(dataset)!,
            parse.GetValue(store)!,
            LoadOptions.Default with { RejectsPath = parse.GetValue(rejects), BatchRows = parse.GetValue(batch) },
            ct)));
        return command;
    }

    public static int Run(string datasetDirectory, string storePath, LoadOptions options, CancellationToken ct)
    {
        if (DatasetDirectory.ReportIfMissing(datasetDirectory) is { } missing)
        {
            return missing;
        }

        try
        {
            using var store = GraphStore.Open(storePath, StoreOptions.Default);
            LoadSummary summary;
            using (var line = ProgressLine.ForStandardError())
            {
                var progress = new SynchronousProgress<LoadProgress>(p => line.Report(Describe(p), force: p.Phase is LoadPhase.Done));
                summary = new DatasetLoader(store, options).Load(datasetDirectory, progress, ct);
            }

            LoadReport.Print(summary, System.Console.Out);
            return ExitCodes.Ok;
        }
        catch (OperationCanceledException)
        {
            return UserError.Report("CLI001", "cancelled; every batch committed before stopping is kept, the rest can be loaded again.", ExitCodes.Cancelled);
        }
        catch (LoadException e)
        {
            return UserError.Report(e.Code, e.Message, ExitCodes.BadInput);
        }
        catch (StoreException e)
        {
            return UserError.Report(e.Code, e.Message, ExitCodes.StoreError);
        }
    }

    private static string Describe(LoadProgress p) => p.Phase is LoadPhase.Done
        ? $"load: done, {Numbers.Count(p.Rejects)} rejected"
        : $"load: {p.Phase.ToString().ToLowerInvariant()} {Numbers.Percent(p.Fraction)} {p.File ?? string.Empty} — {Numbers.Count(p.Rows)} rows, {Numbers.Count(p.Rejects)} rejected";
}
