using System.CommandLine;
using Graph.Rings.Reports;

namespace Graph.Cli.Commands;

/// <summary>
/// `graph rings`: runs every screening rule, builds the suspicion graph from the hits, cuts it into rings,
/// scores and explains them, and lists those above the threshold, best first.
/// </summary>
public static class RingsCommand
{
    public static Command Create()
    {
        var store = CommonOptions.Store();
        var rules = RingsOptions.Rules();
        var minScore = RingsOptions.MinScore();
        var hits = RingsOptions.Hits();
        var saveHits = RingsOptions.SaveHits();
        var format = new Option<string>("--format") { Description = "table or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("rings", "Suspected false-litigation rings from the rules' hits: members, records, evidence and timeline, best first.")
        {
            store, rules, minScore, format, hits, saveHits,
        };
        command.SetAction((parse, ct) => Task.FromResult(Run(
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

    public static int Run(RingsRequest request, bool json, CancellationToken ct)
    {
        var (exitCode, report) = RingsRun.Execute(request, ct);
        if (report is null)
        {
            return exitCode;
        }

        if (json)
        {
            using Stream stdout = System.Console.OpenStandardOutput();
            RingJsonWriter.Write(report, stdout);
            stdout.WriteByte((byte)'\n');
        }
        else
        {
            RingsTable.Print(report, System.Console.Out);
        }

        return ExitCodes.Ok;
    }
}
