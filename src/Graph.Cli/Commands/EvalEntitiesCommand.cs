using System.CommandLine;
using Graph.Cli.Console;
using Graph.Generation;
using Graph.Loading.Evaluation;
using Graph.Loading.Loading;

namespace Graph.Cli.Commands;

/// <summary>
/// `graph eval-er DIR`: resolves a dataset's party references exactly as `load` does and scores
/// them against the generator's entity truth (`DIR.references.csv`).
/// </summary>
public static class EvalEntitiesCommand
{
    public static Command Create()
    {
        var dataset = new Argument<string>("dir") { Description = "Dataset folder written by `graph generate`." };
        var references = new Option<string?>("--references") { Description = "Entity truth (default: DIR.references.csv beside the folder)." };
        var command = new Command("eval-er", "Entity-resolution precision and recall against a generated dataset's truth.")
        {
            dataset, references,
        };
        command.SetAction((parse, ct) => Task.FromResult(Run(parse.GetValue(dataset)!, parse.GetValue(references), ct)));
        return command;
    }

    public static int Run(string datasetDirectory, string? referencesPath, CancellationToken ct)
    {
        if (DatasetDirectory.ReportIfMissing(datasetDirectory) is { } missing)
        {
            return missing;
        }

        referencesPath ??= new GeneratorOptions { OutputDirectory = datasetDirectory }.ReferencesPath;

        if (!File.Exists(referencesPath))
        {
            return UserError.Report("CLI040", $"no entity truth at '{referencesPath}' (graph generate writes it beside the folder).", ExitCodes.BadInput);
        }

        ResolutionQuality q;
        using (var line = ProgressLine.ForStandardError())
        {
            var progress = new SynchronousProgress<LoadProgress>(p => line.Report($"eval-er: {p.Phase.ToString().ToLowerInvariant()} {Numbers.Percent(p.Fraction)}"));
            q = EntityResolutionEvaluator.EvaluateDataset(datasetDirectory, referencesPath, progress: progress, cancellationToken: ct);
        }

        var o = System.Console.Out;
        o.WriteLine($"Entity resolution on {datasetDirectory}: {Numbers.Count(q.References)} references scored");
        o.WriteLine($"  pairwise precision {q.Precision:0.0000}  recall {q.Recall:0.0000}  F1 {q.F1:0.0000}");
        o.WriteLine($"  true entities {Numbers.Count(q.TrueEntities)}, predicted {Numbers.Count(q.PredictedEntities)}; true entities split {Numbers.Count(q.TrueEntitiesSplit)}, predicted entities over-merged {Numbers.Count(q.PredictedEntitiesOverMerged)}");
        o.WriteLine($"  references without truth {Numbers.Count(q.AssignmentsWithoutTruth)}, truth without a reference {Numbers.Count(q.TruthWithoutAssignment)}");
        return ExitCodes.Ok;
    }
}
