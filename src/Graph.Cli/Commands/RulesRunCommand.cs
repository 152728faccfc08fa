using System.CommandLine;
using Graph.Cli.Console;
using Graph.Rules;
using Graph.Rules.Checking;
using Graph.Rules.Running;
using Graph.Storage;

namespace Graph.Cli.Commands;

/// <summary>
/// `graph rules run`: runs the rules (all, or --rule ID ...) on a read-only snapshot of the store — a running load is
/// not disturbed — and prints the hits as a table or as JSON in the hit contract's shape. Progress goes to stderr.
/// Rules are checked first: a rule with errors is not run, and the command exits 2.
/// </summary>
public static class RulesRunCommand
{
    public static Command Create()
    {
        var store = CommonOptions.Store();
        var rules = RulesCommand.RulesDirectory();
        var ruleIds = new Option<string[]>("--rule") { Description = "Run only this rule (repeatable), e.g. --rule PL-001." };
        var parameters = new Option<string[]>("--param")
        {
            Description = "Override a rule parameter: name=value for every rule that declares it, RULE-ID.name=value for one rule; value is a Cypher literal. Repeatable.",
        };
        parameters.Validators.Add(r =>
        {
            foreach (var text in r.GetValue(parameters) ?? [])
            {
                if (RulesParameterArgument.TryParse(text) is null)
                {
                    r.AddError($"--param needs name=value or RULE-ID.name=value, not '{text}'.");
                }
            }
        });
        var format = new Option<string>("--format") { Description = "table or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var timeout = new Option<double>("--timeout") { Description = "Time limit per rule in seconds.", DefaultValueFactory = _ => 60 };
        timeout.Validators.Add(r =>
        {
            if (r.GetValue(timeout) <= 0)
            {
                r.AddError("--timeout must be more than 0 seconds.");
            }
        });

        var command = new Command("run", "Run screening rules on the store and list their hits.")
        {
            store, rules, ruleIds, parameters, format, timeout,
        };
        command.SetAction((parse, ct) => Task.FromResult(Run(
            new RulesRunRequest
            {
                StorePath = parse.GetValue(store)!,
                RulesDirectory = parse.GetValue(rules)!,
                RuleIds = parse.GetValue(ruleIds) ?? [],
                Parameters = (parse.GetValue(parameters) ?? []).Select(p => RulesParameterArgument.TryParse(p)!.Value).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value),
                Json = parse.GetValue(format) == "json",
                TimeLimit = TimeSpan.FromSeconds(parse.GetValue(timeout)),
            },
            System.Console.Out,
            ct)));
        return command;
    }

    public static int Run(RulesRunRequest request, TextWriter output, CancellationToken ct)
    {
        var catalog = RuleCatalog.Load(request.RulesDirectory);
        var selected = Select(catalog, request.RuleIds, out var missing);
        if (missing.Count > 0)
        {
            return UserError.Report("CLI061", $"no rule {string.Join(", ", missing)} in {request.RulesDirectory}.", ExitCodes.BadInput);
        }

        var unknown = RuleParameters.Unknown(selected, request.Parameters.Keys);
        if (unknown.Count > 0)
        {
            return UserError.Report("CLI062", $"no selected rule declares the parameter(s) {string.Join(", ", unknown)}.", ExitCodes.BadInput);
        }

        var problems = catalog.Errors.Concat(selected.SelectMany(RuleChecker.Check)).ToList();
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                System.Console.Error.WriteLine(problem.ToString());
            }

            return UserError.Report("CLI063", $"{problems.Count} error(s) in the rules; fix them first (graph rules check --rules {request.RulesDirectory}).", ExitCodes.BadInput);
        }

        if (!Directory.Exists(request.StorePath))
        {
            return UserError.Report("CLI060", $"no store at '{request.StorePath}'; load a dataset first (graph load DIR --store {request.StorePath}).", ExitCodes.BadInput);
        }

        RuleRunReport report;
        try
        {
            var snapshot = GraphStore.OpenReadOnly(request.StorePath, StoreOptions.Default);
            var options = new RuleRunOptions { Parameters = request.Parameters, TimeLimit = request.TimeLimit, Progress = p => Report(System.Console.Error, p) };
            report = new RuleRunner(snapshot).Run(selected, options, ct);
        }
        catch (StoreException e)
        {
            return UserError.Report(e.Code, e.Message, ExitCodes.StoreError);
        }

        if (request.Json)
        {
            RulesJsonWriter.Write(report, output);
        }
        else
        {
            RulesTableWriter.Write(report, output);
        }

        foreach (var failure in report.Failures)
        {
            UserError.Report(failure.Error!.Code, $"rule {failure.Rule.Id} ({failure.Rule.FilePath}) failed: {failure.Error.Message}", ExitCodes.BadInput);
        }

        return report.Failures.Any() ? ExitCodes.BadInput : ExitCodes.Ok;
    }

    private static List<RuleDefinition> Select(RuleCatalog catalog, IReadOnlyList<string> ids, out List<string> missing)
    {
        missing = [];
        if (ids.Count == 0)
        {
            return [.. catalog.Rules];
        }

        var selected = new List<RuleDefinition>();
        foreach (var id in ids)
        {
            if (catalog.Find(id) is { } rule)
            {
                selected.Add(rule);
            }
            else
            {
                missing.Add(id);
            }
        }

        return selected;
    }

    /// <summary>One line per finished rule on stderr: a run of thirty rules takes long enough to want to see it move.</summary>
    private static void Report(TextWriter errors, RuleProgress p)
    {
        if (p.Finished is not { } outcome)
        {
            return;
        }

        var result = outcome.Succeeded ? $"{outcome.Hits.Count} hit(s)" : $"failed ({outcome.Error!.Code})";
        errors.WriteLine($"rules: [{p.Done}/{p.Count}] {p.Rule.Id} {result} in {outcome.Elapsed.TotalSeconds:0.00} s");
    }
}
