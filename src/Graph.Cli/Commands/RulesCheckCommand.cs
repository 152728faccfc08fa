using System.CommandLine;
using Graph.Rules;
using Graph.Rules.Checking;

namespace Graph.Cli.Commands;

/// <summary>
/// `graph rules check`: parses and binds every rule, checks its header, its result shape and the labels, types and
/// properties it uses against the graph model. Every error is printed as file:line:column; any error exits 2.
/// </summary>
public static class RulesCheckCommand
{
    public static Command Create()
    {
        var rules = RulesCommand.RulesDirectory();
        var command = new Command("check", "Check every rule file without running it: header, Cypher, graph-model names, result shape. Exit 2 on any error.")
        {
            rules,
        };
        command.SetAction((parse, _) => Task.FromResult(Run(parse.GetValue(rules)!, System.Console.Out, System.Console.Error)));
        return command;
    }

    public static int Run(string directory, TextWriter output, TextWriter errors)
    {
        var catalog = RuleCatalog.Load(directory);
        var problems = RuleChecker.Check(catalog);
        foreach (var problem in problems)
        {
            errors.WriteLine(problem.ToString());
        }

        if (problems.Count > 0)
        {
            errors.WriteLine($"graph: {problems.Count} error(s) in {directory} ({catalog.Rules.Count} rule(s) read).");
            return ExitCodes.BadInput;
        }

        output.WriteLine($"{catalog.Rules.Count} rules in {directory}: ok.");
        return ExitCodes.Ok;
    }
}
