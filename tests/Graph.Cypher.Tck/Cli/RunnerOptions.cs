namespace Graph.Cypher.Tck.Cli;

/// <summary>The runner's command line, parsed; defaults are the CI settings.</summary>
public sealed record RunnerOptions
{
    public required string FeaturesDirectory { get; init; }

    public string ReportPath { get; init; } = "tck-report.json";

    public string ExclusionsPath { get; init; } = Path.Combine(AppContext.BaseDirectory, "exclusions.json");

    public double MinPass { get; init; } = 0.9;

    public double MinFolder { get; init; } = 0.8;

    public string? Filter { get; init; }

    public int TimeoutMs { get; init; } = 10_000;

    public bool Verbose { get; init; }

    public int MaxFailures { get; init; } = 50;
}
