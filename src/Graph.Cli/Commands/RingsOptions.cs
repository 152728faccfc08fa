using System.CommandLine;

namespace Graph.Cli.Commands;

/// <summary>Options `graph rings` and `graph eval` share.</summary>
public static class RingsOptions
{
    public static Option<string> Rules() => new("--rules")
    {
        Description = $"Folder of rule files (*.cypher) to run (default: {RingsRun.DefaultRulesFolder}).",
        DefaultValueFactory = _ => RingsRun.DefaultRulesFolder,
    };

    public static Option<double?> MinScore()
    {
        var option = new Option<double?>("--min-score") { Description = "List rings scoring at least this (0-1; default: the calibrated threshold)." };
        option.Validators.Add(r =>
        {
            if (r.GetValue(option) is < 0 or > 1)
            {
                r.AddError("--min-score is a score between 0 and 1.");
            }
        });
        return option;
    }

    public static Option<string?> Hits() => new("--hits") { Description = "Read rule hits from this file (written by --save-hits) instead of running the rules." };

    public static Option<string?> SaveHits() => new("--save-hits") { Description = "Write the rules' hits to this file (JSON lines), to rerun ring detection without the rules." };
}
