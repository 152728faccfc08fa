using System.CommandLine;

namespace Graph.Cli.Commands;

/// <summary>`graph rules`: the screening rules of cypher/rules — `check` them like source code, `run` them on the store.</summary>
public static class RulesCommand
{
    public const string DefaultRulesDirectory = "cypher/rules";

    public static Command Create()
    {
        var command = new Command("rules", "Screening rules (cypher/rules/*.cypher): check them, or run them on the store.");
        command.Subcommands.Add(RulesCheckCommand.Create());
        command.Subcommands.Add(RulesRunCommand.Create());
        return command;
    }

    public static Option<string> RulesDirectory() => new("--rules")
    {
        Description = $"Folder of rule files (default: {DefaultRulesDirectory}).",
        DefaultValueFactory = _ => DefaultRulesDirectory,
    };
}
