using System.CommandLine;
using Graph.Cli.Console;
using Graph.Rings.Evaluation;

namespace Graph.Cli.Commands;

/// <summary>
/// `graph eval --truth FILE`: runs ring detection as `graph rings` does and scores the listed rings against a
/// ground truth (the generator's DIR.truth.json): ring-level precision and recall, member-level precision,
/// recall and F1, per model, and which false positives came from honest look-alikes.
/// </summary>
public static class EvalRingsCommand
{
    public static Command Create()
    {
        var truth = new Option<string>("--truth") { Description = "Ground truth JSON (graph generate writes DIR.truth.json).", Required = true };
        var store = CommonOptions.Store();
        var rules = RingsOptions.Rules();
        var minScore = RingsOptions.MinScore();
        var hits = RingsOptions.Hits();
        var saveHits = RingsOptions.SaveHits();
        var format = new Option<string>("--format") { Description = "table or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("eval", "Ring detection precision and recall (rings and members, per model) against a ground-truth file.")
        {
            truth, store, rules, minScore, format, hits, saveHits,
        };
        command.SetAction((parse, ct) => Task.FromResult(Run(
            parse.GetValue(truth)!,
            new RingsRequest
            {
                StorePath = parse.GetValue(store)!,
                RulesFolder = parse.GetValue(rules)!,
                MinScore = parse.GetValue(minScore),
                HitsFile = parse.GetValue(hits),
                SaveHitsFile = parse.GetValue(saveHits),
            },
            parse.GetValue(format) == "json",
            ct)));
        return command;
    }

    public static int Run(string truthPath, RingsRequest request, bool json, CancellationToken ct)
    {
        if (!File.Exists(truthPath))
        {
            return UserError.Report("CLI410", $"no truth file at '{truthPath}'.", ExitCodes.BadInput);
        }

        TruthFile truth;
        try
        {
            truth = TruthFile.Read(truthPath);
        }
        catch (System.Text.Json.JsonException e)
        {
            return UserError.Report("CLI411", $"'{truthPath}' is not a truth file: {e.Message}", ExitCodes.BadInput);
        }

        var (exitCode, report) = RingsRun.Execute(request, ct);
        if (report is null)
        {
            return exitCode;
        }

        RingEvaluation evaluation = RingEvaluator.Evaluate(report, truth);
        if (json)
        {
            EvalRingsPrinter.PrintJson(evaluation, System.Console.Out);
        }
        else
        {
            EvalRingsPrinter.Print(evaluation, truthPath, System.Console.Out);
        }

        return ExitCodes.Ok;
    }
}
