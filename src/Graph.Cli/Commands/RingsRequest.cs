namespace Graph.Cli.Commands;

/// <summary>The inputs of a ring detection run, as the command line gave them.</summary>
public sealed record RingsRequest
{
    public required string StorePath { get; init; }

    public string RulesFolder { get; init; } = RingsRun.DefaultRulesFolder;

    /// <summary>Null: the calibrated threshold.</summary>
    public double? MinScore { get; init; }

    /// <summary>Read hits from this file (written by --save-hits) instead of running the rules.</summary>
    public string? HitsFile { get; init; }

    /// <summary>Write the hits to this file for later runs.</summary>
    public string? SaveHitsFile { get; init; }

    public TimeSpan RuleTimeLimit { get; init; } = TimeSpan.FromSeconds(120);
}
